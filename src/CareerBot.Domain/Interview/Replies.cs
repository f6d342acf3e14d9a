using CareerBot.Domain.Cards;

namespace CareerBot.Domain.Interview;

/// <summary>What the bot says back; each channel renders it in its own wire format.</summary>
public abstract record Reply;

/// <summary>A text message (light markdown: bold, lists).</summary>
public sealed record TextReply(string Text) : Reply;

/// <summary>A card, with a plain summary for notifications and clients that cannot render cards.</summary>
public sealed record CardReply(AdaptiveCard Card, string Summary) : Reply;

/// <summary>What the user did this turn: typed text and/or the data of a card they tapped.</summary>
public sealed record UserTurn(string? Text, IReadOnlyDictionary<string, string>? Data = null, Localization.Language? LocaleLanguage = null)
{
    public string TrimmedText => Text?.Trim() ?? string.Empty;

    public string? DataValue(string key) => Data is not null && Data.TryGetValue(key, out var value) ? value : null;
}

/// <summary>
/// The replies of a turn and what the channel edge must keep beyond the conversation: a finished assessment for the
/// user's history, or a correction of one.
/// </summary>
public sealed record TurnOutcome(IReadOnlyList<Reply> Replies, CompletedAssessment? Completed = null, CorrectedResult? Correction = null);
