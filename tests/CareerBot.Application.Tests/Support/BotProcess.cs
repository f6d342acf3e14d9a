using System.Text.Json;
using CareerBot.Application.Documents;
using CareerBot.Application.Identity;
using CareerBot.Application.Turns;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Application.Tests.Support;

/// <summary>
/// The application core as one bot process runs it (a <see cref="TurnProcessor"/> with turn gates of its own), over a
/// given store: two of these on one database are two instances.
/// </summary>
internal sealed class BotProcess(IDocumentStore store, CareerContent? content = null, TurnRateLimits? limits = null)
{
    public const string Channel = "test";

    private readonly CareerContent _content = content ?? CareerContent.Default;

    public IDocumentStore Store => store;

    public TurnProcessor Processor { get; } = Create(store, content ?? CareerContent.Default, limits);

    public static TurnProcessor Create(IDocumentStore store, CareerContent content, TurnRateLimits? limits = null) =>
        new(new InterviewEngine(content, new AnswerAnalyzer(content.Lexicon), TimeProvider.System), content, store, new ConversationTurns(), limits);

    public static PersonKey Person(string user) => new(Channel, null, user);

    public static ConversationKey Conversation(string id) => new(Channel, id);

    /// <summary>What <paramref name="user"/> says in conversation <paramref name="conversation"/> (a message with a new id, or the given one).</summary>
    public Task<TurnResult> SayAsync(string user, string conversation, string text, string? activityId = null) =>
        Processor.HandleAsync(
            new Turn(Person(user), Conversation(conversation), TurnKind.Message, new UserTurn(text, null, Language.EnUs)) { ActivityId = activityId ?? Guid.NewGuid().ToString("N") },
            CancellationToken.None);

    /// <summary>Starts an interview and answers every question but the last.</summary>
    public async Task AnswerAllButTheLastAsync(string user, string conversation)
    {
        await SayAsync(user, conversation, "start");
        for (var i = 1; i < _content.Questions.Count; i++)
        {
            await SayAsync(user, conversation, "skip");
        }
    }

    public async Task<InterviewState> InterviewAsync(string conversation)
    {
        var key = Conversation(conversation).DocumentKey;
        var stored = (await store.ReadAsync([key], CancellationToken.None))[key];
        return JsonSerializer.Deserialize(stored.Json, DocumentJson.Context.ConversationDocument)!.Interview;
    }

    public async Task<IReadOnlyList<CompletedAssessment>> HistoryAsync(string user) =>
        (await PersonProfiles.ReadAsync(store, Person(user), _content.Questions)).History;
}
