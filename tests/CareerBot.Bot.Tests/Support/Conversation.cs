using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Application.Identity;
using CareerBot.Application.Turns;
using CareerBot.Bot.Channels.Activities;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Bot.Tests.Support;

/// <summary>
/// A conversation with the real bot through the SDK's TestAdapter, written the way people talk:
/// <c>User("开始").Bot(...)</c>. Every step is checked in order when <see cref="RunAsync"/> is awaited.
/// </summary>
internal sealed class Conversation
{
    public const string UserId = "user1";

    private readonly string _locale;
    private TestFlow _flow;

    public Conversation(IDocumentStore? storage = null, string? locale = null, string channelId = Microsoft.Bot.Connector.Channels.Test, string conversationId = "conversation1")
    {
        Storage = storage ?? new MemoryDocumentStore();
        Adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, UserId, "careerbot"));
        Adapter.Conversation.ChannelId = channelId;
        // No locale means the client sent none (the SDK's TestAdapter would otherwise fill in en-us).
        _locale = locale ?? string.Empty;
        Adapter.Locale = _locale;

        Handler = CreateBot(Storage);
        // Channels give every message an id of its own, and the bot takes a known id for a redelivery; the TestAdapter
        // counts ids from 0 per adapter, so this conversation's ids get a prefix no other test conversation has.
        var ids = Guid.NewGuid().ToString("N");
        _flow = new TestFlow(Adapter, (turn, cancellationToken) =>
        {
            turn.Activity.Id = ids + "-" + turn.Activity.Id;
            return Handler.OnTurnAsync(turn, cancellationToken);
        });
    }

    public IDocumentStore Storage { get; }

    public TestAdapter Adapter { get; }

    public CareerBotHandler Handler { get; }

    public static CareerBotHandler CreateBot(IDocumentStore storage)
    {
        var content = CareerContent.Default;
        var engine = new InterviewEngine(content, new AnswerAnalyzer(content.Lexicon), TimeProvider.System);
        return new CareerBotHandler(new TurnProcessor(engine, content, storage, new ConversationTurns()), new AdaptiveCardRenderer(content), TestTelemetry.Create(), content);
    }

    public Conversation User(string text)
    {
        var activity = Adapter.MakeActivity(text);
        activity.Locale = _locale;
        _flow = _flow.Send(activity);
        return this;
    }

    /// <summary>A tap on a card's submit action: a message with no text and the action's data (plus inputs) as value.</summary>
    public Conversation Taps(object data)
    {
        var activity = Adapter.MakeActivity();
        activity.Locale = _locale;
        activity.Value = JObject.FromObject(data);
        _flow = _flow.Send(activity);
        return this;
    }

    /// <summary>The user is typing: an activity the bot receives but has nothing to say to.</summary>
    public Conversation Typing()
    {
        var activity = Adapter.MakeActivity();
        activity.Type = ActivityTypes.Typing;
        activity.Text = null;
        _flow = _flow.Send(activity);
        return this;
    }

    public Conversation Joins(params string[] memberIds)
    {
        var activity = Adapter.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = memberIds.Select(id => new ChannelAccount(id)).ToList();
        _flow = _flow.Send(activity);
        return this;
    }

    /// <summary>
    /// The bot's next message has text containing every one of the given fragments (a turn says all it has to say in
    /// one message, paragraph after paragraph, with any card below: <see cref="BotCard"/> checks the card too).
    /// </summary>
    public Conversation Bot(params string[] fragments)
    {
        _flow = _flow.AssertReply(activity =>
        {
            var text = ((IMessageActivity)activity).Text;
            Assert.False(string.IsNullOrEmpty(text), $"Expected text containing '{string.Join("', '", fragments)}' but got a message without text.");
            foreach (var fragment in fragments)
            {
                Assert.Contains(fragment, text, StringComparison.Ordinal);
            }
        });
        return this;
    }

    /// <summary>
    /// The bot's next message is one Adaptive Card, which <paramref name="check"/> inspects as JSON, below text that
    /// contains each of <paramref name="saying"/> (a turn's text goes in the same message as its card).
    /// </summary>
    public Conversation BotCard(Action<JsonObject> check, params string[] saying)
    {
        _flow = _flow.AssertReply(activity =>
        {
            var text = ((IMessageActivity)activity).Text ?? string.Empty;
            foreach (var fragment in saying)
            {
                Assert.Contains(fragment, text, StringComparison.Ordinal);
            }

            check(CardOf(activity));
        });
        return this;
    }

    /// <summary>The next message asks a fact question as a choice card whose input id is the question id.</summary>
    public Conversation BotAsksFact(string questionId, string progress, params string[] saying) => BotCard(
        card =>
        {
            Assert.Contains(Inputs(card), input => (string?)input["id"] == questionId && (string?)input["type"] == "Input.ChoiceSet");
            Assert.Contains(progress, card.ToReadableJson(), StringComparison.Ordinal);
        },
        saying);

    /// <summary>Accepts any next message: a step whose content another test checks.</summary>
    public Conversation AssertAnyReply()
    {
        _flow = _flow.AssertReply(activity => Assert.Equal(ActivityTypes.Message, activity.Type));
        return this;
    }

    public Conversation BotSaysNothingMore()
    {
        _flow = _flow.AssertNoReply();
        return this;
    }

    public Task RunAsync() => _flow.StartTestAsync();

    public static JsonObject CardOf(IActivity activity)
    {
        var message = Assert.IsAssignableFrom<IMessageActivity>(activity);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var json = attachment.Content is JToken token ? token.ToString() : Newtonsoft.Json.JsonConvert.SerializeObject(attachment.Content);
        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>Every input element anywhere in the card (body, containers, columns, shown cards).</summary>
    public static IEnumerable<JsonObject> Inputs(JsonNode card) =>
        Descendants(card).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>The assessments kept in the user's history, read back as the bot would.</summary>
    public async Task<IReadOnlyList<CompletedAssessment>> HistoryAsync()
    {
        var person = new PersonKey(Adapter.Conversation.ChannelId, null, UserId) { LegacyKey = $"{Adapter.Conversation.ChannelId}/users/{UserId}" };
        return (await PersonProfiles.ReadAsync(Storage, person, CareerContent.Default.Questions)).History;
    }
}

internal static class JsonNodeExtensions
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON with Chinese kept as characters (the default escapes it), so assertions can look for words.</summary>
    public static string ToReadableJson(this JsonNode node) => node.ToJsonString(Readable);
}
