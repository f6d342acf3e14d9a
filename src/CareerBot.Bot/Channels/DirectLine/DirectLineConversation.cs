namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation as read from the store (its head document): the one user it belongs to, and how far
/// its activities go. Activities are numbered by a running sequence that is the watermark.
/// </summary>
/// <param name="Id">The conversation id.</param>
/// <param name="UserId">The user bound to the conversation: every activity posted with its token is from this user.</param>
/// <param name="Locale">The language the client asked for when the conversation was minted (the welcome is in it).</param>
/// <param name="Shard">The register slice that counts it.</param>
/// <param name="Started">Whether someone opened it already (that request sent the conversationUpdate).</param>
/// <param name="LastTouched">When it was last posted to or polled (as recorded: polls record it now and then).</param>
/// <param name="LastSequence">The watermark of its newest activity, 0 when it has none.</param>
/// <param name="ETag">The head's ETag as read, for writes conditional on it.</param>
internal sealed record DirectLineConversation(
    string Id,
    string UserId,
    string? Locale,
    int Shard,
    bool Started,
    DateTimeOffset LastTouched,
    long LastSequence,
    string? ETag);
