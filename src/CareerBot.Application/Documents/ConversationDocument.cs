using CareerBot.Domain.Interview;

namespace CareerBot.Application.Documents;

/// <summary>What the bot keeps about one conversation: the interview held in it.</summary>
public sealed class ConversationDocument
{
    /// <summary>Version 1: the interview's progress is a question id (<see cref="InterviewState.QuestionId"/>).</summary>
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public InterviewState Interview { get; set; } = new();

    /// <summary>
    /// The ids of the latest messages this conversation processed, newest last (at most
    /// <see cref="Turns.TurnProcessor.RememberedActivities"/>). Channels redeliver a message they think was lost (Teams
    /// and Slack retry); kept in the same document as the turn's effect, the id is saved with it or not at all, so a
    /// redelivery is recognised on any instance.
    /// </summary>
    public List<string> ProcessedActivityIds { get; set; } = [];
}
