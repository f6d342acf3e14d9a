namespace CareerBot.Domain.Interview;

/// <summary>What the user did this turn: typed text and/or the data of a button or form they tapped (<see cref="Views.ActionData"/>).</summary>
public sealed record UserTurn(string? Text, IReadOnlyDictionary<string, string>? Data = null, Localization.Language? LocaleLanguage = null)
{
    /// <summary>
    /// The tap came from a card the channel replaces in place with <see cref="TurnOutcome.Replacement"/> (Teams'
    /// Universal Actions): what the card now shows need not be said again in a new message.
    /// </summary>
    public bool CardInPlace { get; init; }

    public string TrimmedText => Text?.Trim() ?? string.Empty;

    public string? DataValue(string key) => Data is not null && Data.TryGetValue(key, out var value) ? value : null;
}
