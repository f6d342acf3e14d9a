namespace CareerBot.Domain.Cards;

/// <summary>PLACEHOLDER (replaced by the cards work).</summary>
public static class AdaptiveCardJson
{
    public static string Serialize(AdaptiveCard card) => card is null ? "{}" : """{"type":"AdaptiveCard","version":"1.5","body":[]}""";
}
