namespace CareerBot.Domain.Views;

/// <summary>A question answered in the user's own words: where the interview is, and the prompt.</summary>
public sealed record OpenQuestionView(string QuestionId, InterviewProgress Progress, string Prompt) : View;
