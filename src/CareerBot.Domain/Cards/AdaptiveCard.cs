namespace CareerBot.Domain.Cards;

/// <summary>PLACEHOLDER for the typed Adaptive Card model (replaced by the cards work).</summary>
public sealed class AdaptiveCard
{
}
