namespace CareerBot.Application.Identity;

/// <summary>
/// Who a person is, the same in every conversation they have with the bot on one channel and tenant: history (and
/// later consent and journeys) hang off it. Channels build it only from fields the channel authenticated — in Teams the
/// Entra object id with the tenant (the per-bot <c>from.id</c> when there is none), in the browser the Direct Line
/// token's user — never from anything a user typed.
/// </summary>
/// <param name="Channel">The channel id ("msteams", "webchat", …): identities of different channels never mix.</param>
/// <param name="Tenant">The organisation the person belongs to on that channel (Teams tenant id), or null.</param>
/// <param name="User">The person's id within channel and tenant.</param>
public sealed record PersonKey(string Channel, string? Tenant, string User)
{
    /// <summary>The key of the person's document in the store.</summary>
    public string DocumentKey => StorageKeys.Join("person", Channel, Tenant, User);

    /// <summary>
    /// Where the person's state was kept before documents ("{channel}/users/{from.id}", the Bot Framework SDK's
    /// UserState key), read once and moved to <see cref="DocumentKey"/>; null when the channel never had one.
    /// </summary>
    public string? LegacyKey { get; init; }
}
