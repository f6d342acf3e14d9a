namespace CareerBot.Domain.Views;

/// <summary>"3/8": where the user is in the interview.</summary>
public sealed record InterviewProgress(int Current, int Total)
{
    public override string ToString() => $"{Current}/{Total}";
}
