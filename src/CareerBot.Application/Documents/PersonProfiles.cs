using System.Runtime.CompilerServices;
using CareerBot.Application.Identity;
using CareerBot.Domain.Interview;
using CareerBot.Domain.People;

namespace CareerBot.Application.Documents;

/// <summary>People's profiles as stored, read without a turn: one person's, or everyone's (the CLI's exports).</summary>
public static class PersonProfiles
{
    /// <summary>The person's profile (from a row stored before documents if no turn has moved it yet); a new one if none.</summary>
    public static async Task<PersonProfile> ReadAsync(IDocumentStore store, PersonKey person, IReadOnlyList<Question> questions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var slot = await DocumentSlot<PersonDocument>.LoadAsync(store, person.DocumentKey, person.LegacyKey, new DocumentFormats(questions).Person, cancellationToken).ConfigureAwait(false);
        return slot.Value.Profile;
    }

    // Keys read per round trip: a page of profiles, not the whole store at once.
    private const int PageSize = 200;

    /// <summary>
    /// Each person's profile: the documents, then the rows stored before documents that no turn has moved yet (a
    /// moved row is deleted, so nobody is read twice).
    /// </summary>
    public static async IAsyncEnumerable<PersonProfile> ReadAllAsync(
        IDocumentStore store, IReadOnlyList<Question> questions, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var format = new DocumentFormats(questions).Person;
        var documents = await store.KeysAsync("person/", string.Empty, cancellationToken).ConfigureAwait(false);
        var legacy = await store.KeysAsync(string.Empty, "/users/", cancellationToken).ConfigureAwait(false);
        foreach (var (keys, isLegacy) in new[] { (documents, false), (legacy, true) })
        {
            foreach (var page in keys.Chunk(PageSize))
            {
                var found = await store.ReadAsync(page, cancellationToken).ConfigureAwait(false);
                foreach (var key in page)
                {
                    if (found.TryGetValue(key, out var stored) && (isLegacy ? format.ReadLegacy(stored.Json) : format.Read(stored.Json)) is { } person)
                    {
                        yield return person.Profile;
                    }
                }
            }
        }
    }
}
