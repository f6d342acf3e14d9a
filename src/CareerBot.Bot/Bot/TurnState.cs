using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareerBot.Bot.Storage;
using CareerBot.Domain.Interview;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Bot;

/// <summary>
/// What one turn reads and writes: the conversation's interview and, only when the turn needs it, the user's profile.
/// Each is read at most once, and everything that changed is written in one storage call at the end of the turn
/// (one transaction in SQL storage). Keys are the SDK's ConversationState and UserState keys, so state they stored
/// is found and read (<see cref="StateDocument.Read{T}"/>).
/// </summary>
/// <remarks>
/// Turns of one conversation take turns in this process (<see cref="ConversationTurns"/>, keyed by
/// <see cref="InterviewKey"/>); between processes sharing one database, the last write wins, as with ConversationState.
/// </remarks>
public sealed class TurnState
{
    private readonly IStorage _storage;
    private readonly Part<InterviewState> _interview;
    private readonly Part<UserProfile> _profile;

    public TurnState(IStorage storage, IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(activity);
        _storage = storage;
        var channel = Required(activity.ChannelId, "channelId");
        _interview = new($"{channel}/conversations/{Required(activity.Conversation?.Id, "conversation.id")}", CareerBotHandler.InterviewProperty, StateJsonContext.Default.InterviewState);
        _profile = new($"{channel}/users/{Required(activity.From?.Id, "from.id")}", CareerBotHandler.ProfileProperty, StateJsonContext.Default.UserProfile);
    }

    /// <summary>The storage key of the conversation's interview, as ConversationState names it.</summary>
    public string InterviewKey => _interview.Key;

    public Task<InterviewState> InterviewAsync(CancellationToken cancellationToken) => _interview.GetAsync(_storage, cancellationToken);

    public Task<UserProfile> ProfileAsync(CancellationToken cancellationToken) => _profile.GetAsync(_storage, cancellationToken);

    /// <summary>Writes what this turn read and changed, all in one storage write; nothing if nothing changed.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, object>(2, StringComparer.Ordinal);
        _interview.CollectChange(changes);
        _profile.CollectChange(changes);
        if (changes.Count > 0)
        {
            await _storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            _interview.Saved();
            _profile.Saved();
        }
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {name}, so its state has no key.") : value;

    /// <summary>One stored value: read once, and remembered as the JSON it was, to tell whether the turn changed it.</summary>
    private sealed class Part<T>(string key, string legacyProperty, JsonTypeInfo<T> type)
        where T : class, new()
    {
        private Task<T>? _value;
        private string? _storedJson;
        private string? _pendingJson;

        public string Key => key;

        public Task<T> GetAsync(IStorage storage, CancellationToken cancellationToken) => _value ??= LoadAsync(storage, cancellationToken);

        public void CollectChange(Dictionary<string, object> changes)
        {
            if (_value is not { IsCompletedSuccessfully: true } loaded)
            {
                return;
            }

            var document = StateDocument.Of(loaded.Result, type);
            if (!string.Equals(document.Json, _storedJson, StringComparison.Ordinal))
            {
                _pendingJson = document.Json;
                changes[key] = document;
            }
        }

        public void Saved()
        {
            if (_pendingJson is not null)
            {
                _storedJson = _pendingJson;
                _pendingJson = null;
            }
        }

        private async Task<T> LoadAsync(IStorage storage, CancellationToken cancellationToken)
        {
            var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
            var stored = items.TryGetValue(key, out var value) ? value : null;

            // Only a document is remembered as stored: anything else (none yet, or the SDK's older form) is written anew.
            _storedJson = (stored as StateDocument)?.Json;
            return StateDocument.Read(stored, legacyProperty, type) ?? new T();
        }
    }
}
