using CareerBot.Application.Identity;
using CareerBot.Domain.Interview;

namespace CareerBot.Application.Turns;

/// <summary>What made the bot take a turn.</summary>
public enum TurnKind
{
    /// <summary>The person said or tapped something.</summary>
    Message,

    /// <summary>The person joined a conversation with the bot (or the bot joined theirs): time for a greeting.</summary>
    Joined,
}

/// <summary>
/// One turn as every channel hands it to the application core: who (an authenticated identity), where (a
/// conversation), and what (text and/or tapped data, with the client's locale). Channels translate their wire format
/// to this and nothing else reaches the core.
/// </summary>
/// <param name="Person">Who took the turn.</param>
/// <param name="Conversation">Where.</param>
/// <param name="Kind">A message, or joining.</param>
/// <param name="Input">What they said or tapped, and the client's language.</param>
public sealed record Turn(PersonKey Person, ConversationKey Conversation, TurnKind Kind, UserTurn Input)
{
    /// <summary>The person's IANA time zone as the client reported it ("Asia/Shanghai"), or null.</summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// The channel's id for this message, the same when the channel delivers it again; null when the channel gives none
    /// (then a redelivery cannot be told apart).
    /// </summary>
    public string? ActivityId { get; init; }
}
