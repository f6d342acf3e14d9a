using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Domain.Interview;
using CareerBot.Domain.People;

namespace CareerBot.Application.Documents;

/// <summary>The formats of the conversation and person documents.</summary>
internal sealed class DocumentFormats
{
    public DocumentFormats(IReadOnlyList<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        Conversation = new(
            DocumentJson.Context.ConversationDocument,
            d => d.Schema,
            ConversationDocument.CurrentSchema,
            () => new ConversationDocument(),
            stored => LegacyState.Read(stored, "interview") is { } interview
                ? new ConversationDocument { Interview = ReadLegacyInterview(interview, questions) }
                : null);
        Person = new(
            DocumentJson.Context.PersonDocument,
            d => d.Schema,
            PersonDocument.CurrentSchema,
            () => new PersonDocument(),
            stored => LegacyState.Read(stored, "profile") is { } profile
                ? new PersonDocument { Profile = WithoutNulls(profile.Deserialize(DocumentJson.Context.PersonProfile) ?? new()) }
                : null);
    }

    public DocumentFormat<ConversationDocument> Conversation { get; }

    public DocumentFormat<PersonDocument> Person { get; }

    /// <summary>
    /// An interview stored before documents kept its progress as a position in questions.json; the question at that
    /// position (in the content this version ships) becomes the question id it is kept as from now on.
    /// </summary>
    private static InterviewState ReadLegacyInterview(JsonObject interview, IReadOnlyList<Question> questions)
    {
        var indexProperty = interview.FirstOrDefault(p => string.Equals(p.Key, "questionIndex", StringComparison.OrdinalIgnoreCase));
        if (indexProperty.Value is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            // A position that is no int (1.5, 1e20) names no question either: the first unanswered one is asked.
            interview.Remove(indexProperty.Key);
            interview["questionId"] = value.TryGetValue<int>(out var index) && index >= 0 && index < questions.Count ? questions[index].Id : null;
        }

        var state = interview.Deserialize(DocumentJson.Context.InterviewState) ?? new();
        state.Answers ??= [];
        state.Transcript ??= [];

        // A null answer or transcript entry means nothing, and would fail the turn that finishes the interview.
        foreach (var id in state.Answers.Where(a => a.Value is null).Select(a => a.Key).ToList())
        {
            state.Answers.Remove(id);
        }

        state.Transcript.RemoveAll(entry => entry is null);
        return state;
    }

    private static PersonProfile WithoutNulls(PersonProfile profile)
    {
        profile.History ??= [];
        profile.History.RemoveAll(entry => entry is null);
        return profile;
    }
}
