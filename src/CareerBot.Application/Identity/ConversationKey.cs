namespace CareerBot.Application.Identity;

/// <summary>Where a turn happens: one conversation of one channel (a 1:1 chat, a Web Chat session, …).</summary>
/// <param name="Channel">The channel id ("msteams", "webchat", …).</param>
/// <param name="Id">The conversation's id, as the channel authenticated it.</param>
public sealed record ConversationKey(string Channel, string Id)
{
    /// <summary>The key of the conversation's document in the store.</summary>
    public string DocumentKey => StorageKeys.Join("conversation", Channel, Id);

    /// <summary>
    /// Where the conversation's state was kept before documents ("{channel}/conversations/{id}", the SDK's
    /// ConversationState key), read once and moved to <see cref="DocumentKey"/>; null when there was none.
    /// </summary>
    public string? LegacyKey { get; init; }
}
