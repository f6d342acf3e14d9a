using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.Application.Documents;
using CareerBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Channels.Activities;

/// <summary>
/// Teams' Universal Actions, end to end through /api/messages and a local connector: cards carry Action.Execute (a
/// verb per button, an Action.Submit fallback, the owner), a tap is an <c>adaptiveCard/action</c> invoke whose answer
/// replaces the tapped card in place, and the interview goes on in new messages. Old cards and other people's cards
/// change nothing and say so.
/// </summary>
public sealed class UniversalActionsTests : IAsyncLifetime
{
    private const string Pat = "29:pat";
    private const string Conversation = "a:personal-pat";

    private readonly BotHost _host = new(
        new Dictionary<string, string?>
        {
            ["Bot:AllowAnonymous"] = "true",
            ["Bot:TrustedServiceHosts"] = "127.0.0.1,localhost",
        },
        "Production");

    private ConnectorStub _connector = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Cards_in_Teams_execute_a_verb_per_button_fall_back_to_submit_and_belong_to_their_owner()
    {
        var card = await ReachTheFirstFactQuestionAsync();

        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.All(actions, a => Assert.Equal("Action.Execute", (string)a["type"]!));
        Assert.Equal(["answer", "skip"], actions.Select(a => (string)a["verb"]!));
        Assert.All(actions, a =>
        {
            Assert.Equal(Pat, (string)a["data"]!["owner"]!);
            var fallback = a["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string)fallback["type"]!);
            Assert.True(JsonNode.DeepEquals(a["data"], fallback["data"]), "the fallback sends what the action sends");
        });

        // Live for its owner only: Teams asks for the current form when Pat looks at it.
        var refresh = card["refresh"]!.AsObject();
        Assert.Equal([Pat], refresh["userIds"]!.AsArray().Select(u => (string)u!));
        Assert.Equal("refresh", (string)refresh["action"]!["verb"]!);
        Assert.Equal("experience", (string)refresh["action"]!["data"]!["answerTo"]!);
    }

    [Fact]
    public async Task Answering_on_the_card_replaces_it_with_the_answer_and_the_next_question_follows()
    {
        await ReachTheFirstFactQuestionAsync();
        var before = _connector.Sent.Count;

        var answered = await TapAsync("answer", new JsonObject { ["answerTo"] = "experience", ["experience"] = "4" });

        Assert.True(Texts(answered).Contains("Your answer: **3–5 years**", StringComparison.Ordinal), Texts(answered));
        Assert.False(answered.ContainsKey("actions"), "an answered card has no buttons");
        Assert.DoesNotContain("Input.", answered.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(answered["refresh"]);
        var next = await NextCardAsync(before);
        Assert.Equal("scope", (string)next["refresh"]!["action"]!["data"]!["answerTo"]!);
    }

    [Fact]
    public async Task A_second_tap_on_an_answered_card_changes_nothing_and_the_card_says_so()
    {
        await ReachTheFirstFactQuestionAsync();
        await TapAsync("answer", new JsonObject { ["answerTo"] = "experience", ["experience"] = "4" });
        var sent = _connector.Sent.Count;

        var late = await TapAsync("answer", new JsonObject { ["answerTo"] = "experience", ["experience"] = "10" });
        var lateSkip = await TapAsync("skip", new JsonObject { ["command"] = "skip", ["answerTo"] = "experience" });

        Assert.Contains("Your answer: **3–5 years**", Texts(late), StringComparison.Ordinal);
        Assert.Contains("answered already, so nothing changed", Texts(late), StringComparison.Ordinal);
        Assert.Contains("nothing changed", Texts(lateSkip), StringComparison.Ordinal);
        Assert.Equal(sent, _connector.Sent.Count);

        // The question asked now is still the scope: the late taps neither answered nor skipped it.
        var scope = await TapAsync("answer", new JsonObject { ["answerTo"] = "scope", ["scope"] = "module" });
        Assert.Contains("Your answer:", Texts(scope), StringComparison.Ordinal);
        Assert.DoesNotContain("nothing changed", Texts(scope), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_shows_the_card_as_it_is_now_and_writes_nothing()
    {
        await ReachTheFirstFactQuestionAsync();
        await TapAsync("answer", new JsonObject { ["answerTo"] = "experience", ["experience"] = "2" });
        var store = _host.Services.GetRequiredService<IDocumentStore>();
        var key = $"conversation/msteams/{Uri.EscapeDataString(Conversation)}";
        var stored = (await store.ReadAsync([key], CancellationToken.None))[key];
        var sent = _connector.Sent.Count;

        var answered = await TapAsync("refresh", new JsonObject { ["command"] = "refresh", ["answerTo"] = "experience" }, trigger: "automatic");
        var current = await TapAsync("refresh", new JsonObject { ["command"] = "refresh", ["answerTo"] = "scope" }, trigger: "automatic");

        Assert.Contains("Your answer: **1–3 years**", Texts(answered), StringComparison.Ordinal);
        Assert.DoesNotContain("nothing changed", Texts(answered), StringComparison.Ordinal);
        Assert.Equal("Input.ChoiceSet", (string)current["body"]!.AsArray().Single(e => (string?)e!["id"] == "scope")!["type"]!);
        Assert.Equal(sent, _connector.Sent.Count);
        Assert.Equal(stored.ETag, (await store.ReadAsync([key], CancellationToken.None))[key].ETag);
    }

    [Fact]
    public async Task A_tap_on_someone_elses_card_changes_nothing_and_says_whose_it_is()
    {
        await ReachTheFirstFactQuestionAsync();
        var sent = _connector.Sent.Count;

        var response = await InvokeAsync("answer", new JsonObject { ["answerTo"] = "experience", ["experience"] = "10", ["owner"] = Pat }, from: "29:sam");

        Assert.Equal("application/vnd.microsoft.activity.message", (string)response["type"]!);
        Assert.Contains("belongs to someone else", (string)response["value"]!, StringComparison.Ordinal);
        Assert.Equal(sent, _connector.Sent.Count);
        var mine = await TapAsync("answer", new JsonObject { ["answerTo"] = "experience", ["experience"] = "4" });
        Assert.Contains("Your answer: **3–5 years**", Texts(mine), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_card_switches_to_its_evidence_and_back_in_place()
    {
        var result = await FinishTheInterviewAsync();
        var id = (string)result["actions"]!.AsArray().First(a => (string?)a!["verb"] == "showEvidence")!["data"]!["assessmentId"]!;

        var evidence = await TapAsync("showEvidence", new JsonObject { ["command"] = "showEvidence", ["assessmentId"] = id });
        Assert.Contains("What the result is based on", Texts(evidence), StringComparison.Ordinal);
        Assert.Contains("Level by the people you lead today.", Texts(evidence), StringComparison.Ordinal);
        Assert.Contains($"“{Label("team", "lead")}”", Texts(evidence), StringComparison.Ordinal);
        Assert.DoesNotContain("ladder-", evidence.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(evidence["actions"]!.AsArray(), a => (string?)a!["verb"] == "hideEvidence");

        var back = await TapAsync("hideEvidence", new JsonObject { ["command"] = "hideEvidence", ["assessmentId"] = id });
        Assert.Contains("ladder-1", back.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(back["actions"]!.AsArray(), a => (string?)a!["verb"] == "showEvidence");
    }

    [Fact]
    public async Task A_correction_on_the_card_updates_the_result_in_place_and_confirms_in_a_message()
    {
        var result = await FinishTheInterviewAsync();
        var id = (string)result["actions"]!.AsArray().First(a => (string?)a!["verb"] == "showEvidence")!["data"]!["assessmentId"]!;
        var before = _connector.Sent.Count;

        var corrected = await TapAsync("correct", new JsonObject { ["command"] = "correct", ["assessmentId"] = id, ["correctedLevel"] = "management:4" });

        Assert.Contains("Director", Texts(corrected), StringComparison.Ordinal);
        var sent = await _connector.WaitForAsync(before + 1);
        var confirmation = sent[before];
        Assert.True(confirmation.Activity["attachments"] is null or JsonArray { Count: 0 }, "the confirmation is text");
        Assert.Contains("director", confirmation.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_tap_delivered_twice_answers_once_and_gets_the_same_card_both_times()
    {
        await ReachTheFirstFactQuestionAsync();
        var before = _connector.Sent.Count;
        var data = new JsonObject { ["answerTo"] = "experience", ["experience"] = "6" };

        var first = await TapAsync("answer", data, id: "invoke-1");
        var again = await TapAsync("answer", data, id: "invoke-1");

        Assert.Equal(Texts(first), Texts(again));
        Assert.DoesNotContain("nothing changed", Texts(again), StringComparison.Ordinal);
        await _connector.WaitForAsync(before + 1);
        await Task.Delay(200);
        Assert.Equal(before + 1, _connector.Sent.Count);
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Submit","data":{"command":"start"}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"answer","data":{"anything":"else"}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"answer","data":"not an object"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute"}}""")]
    [InlineData("""{"trigger":"manual"}""")]
    [InlineData("\"just text\"")]
    public async Task A_malformed_card_action_is_refused_with_a_reason_and_runs_no_turn(string value)
    {
        var response = await _client.PostAsJsonAsync("/api/messages", Invoke(JsonNode.Parse(value), Pat, Guid.NewGuid().ToString("N")));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string)body["type"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["value"]!["message"]));
        await Task.Delay(100);
        Assert.Empty(_connector.Sent);
    }

    private async Task<JsonObject> ReachTheFirstFactQuestionAsync()
    {
        foreach (var text in new[]
        {
            "start",
            "I want to grow into leading a product team",
            "Ship a payments product users love",
            "Mentor two juniors and take on a bigger scope",
            "In three years I want to lead a product group",
        })
        {
            await SayAsync(text);
        }

        var sent = await _connector.WaitForAsync(5);
        return sent[^1].Card ?? throw new Xunit.Sdk.XunitException("the fact question came without a card: " + sent[^1].Text);
    }

    private async Task<JsonObject> FinishTheInterviewAsync()
    {
        await ReachTheFirstFactQuestionAsync();
        await TapAsync("answer", new JsonObject { ["answerTo"] = "experience", ["experience"] = "6" });
        await TapAsync("answer", new JsonObject { ["answerTo"] = "scope", ["scope"] = "businessLine" });
        await TapAsync("answer", new JsonObject { ["answerTo"] = "team", ["team"] = "lead" });
        var before = _connector.Sent.Count;
        await TapAsync("answer", new JsonObject { ["answerTo"] = "ai", ["ai"] = "user" });
        return await NextCardAsync(before);
    }

    private async Task<JsonObject> NextCardAsync(int sentBefore)
    {
        var sent = await _connector.WaitForAsync(sentBefore + 1);
        return sent.Skip(sentBefore).Select(s => s.Card).LastOrDefault(c => c is not null)
            ?? throw new Xunit.Sdk.XunitException("no card followed: " + string.Join(" | ", sent.Skip(sentBefore).Select(s => s.Text)));
    }

    private async Task SayAsync(string text)
    {
        var count = _connector.Sent.Count;
        var response = await _client.PostAsJsonAsync("/api/messages", Activity("message", Pat, Guid.NewGuid().ToString("N"), a => a["text"] = text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(count + 1);
    }

    /// <summary>Pat taps a button: the invoke must be answered with a card that replaces the tapped one.</summary>
    private async Task<JsonObject> TapAsync(string verb, JsonObject data, string trigger = "manual", string? id = null)
    {
        data["owner"] = Pat;
        var response = await InvokeAsync(verb, data, Pat, trigger, id);
        Assert.Equal(200, (int)response["statusCode"]!);
        Assert.True(
            (string?)response["type"] == "application/vnd.microsoft.card.adaptive",
            $"expected a card, got {response.ToJsonString()}");
        return response["value"]!.AsObject();
    }

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string from, string trigger = "manual", string? id = null)
    {
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = Guid.NewGuid().ToString("N"), ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = trigger,
        };
        var response = await _client.PostAsJsonAsync("/api/messages", Invoke(value, from, id ?? Guid.NewGuid().ToString("N")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private JsonObject Invoke(JsonNode? value, string from, string id) =>
        Activity("invoke", from, id, a =>
        {
            a["name"] = "adaptiveCard/action";
            a["value"] = value;
        });

    private JsonObject Activity(string type, string from, string id, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = _connector.ServiceUrl,
            ["conversation"] = new JsonObject { ["id"] = Conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["from"] = new JsonObject { ["id"] = from, ["name"] = "Pat", ["aadObjectId"] = "aad-" + from },
            ["recipient"] = new JsonObject { ["id"] = "28:careerbot", ["name"] = "CareerBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = "en-US",
        };
        fill(activity);
        return activity;
    }

    private static string Label(string questionId, string value) =>
        Domain.Content.CareerContent.Default.Question(questionId).Choices.Single(c => c.Value == value).Label[Domain.Localization.Language.EnUs];

    /// <summary>Every string in a card, flattened, to assert what a person reads.</summary>
    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join(" | ", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join(" | ", a.Select(Texts)),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => string.Empty,
    };
}
