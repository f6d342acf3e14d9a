using CareerBot.Domain.Interview;

namespace CareerBot.Bot.Bot;

/// <summary>What the bot keeps about a user across conversations: every finished assessment.</summary>
public sealed class UserProfile
{
    public List<CompletedAssessment> History { get; set; } = [];
}
