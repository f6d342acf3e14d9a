using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;

namespace CareerBot.BrowserTests.Support;

/// <summary>
/// Parts of the bot that other work is still building. A test that needs one is skipped, saying which, until it
/// lands — then it runs with no change here.
/// </summary>
internal static class WorkInProgress
{
    /// <summary>True while the card renderer still returns the empty placeholder card (no body at all).</summary>
    public static bool CardsArePlaceholders =>
        AdaptiveCardJson.Serialize(new AdaptiveCardRenderer(CareerContent.Default).Welcome(Language.EnUs)).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("\"body\":[]", StringComparison.Ordinal);

    public static void SkipUntilCardsLand() => Skip.If(
        CardsArePlaceholders,
        "NOT YET RUNNABLE: the card renderer still returns placeholder cards with an empty body, so there is no choice set to tap " +
        "and no result card to check. This test runs by itself once the cards work is merged.");
}
