using CareerBot.Domain.Interview;

namespace CareerBot.Application.Documents;

/// <summary>What the bot keeps about one conversation: the interview held in it.</summary>
public sealed class ConversationDocument
{
    /// <summary>Version 1: the interview's progress is a question id (<see cref="InterviewState.QuestionId"/>).</summary>
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public InterviewState Interview { get; set; } = new();
}
