using System.Data.Common;
using CareerBot.Bot.Bot;
using CareerBot.Bot.Storage;
using CareerBot.Domain.Interview;
using Microsoft.Data.Sqlite;

namespace CareerBot.Cli.Corrections;

/// <summary>
/// The corrected assessments in the bot's state store: the only place the CLI reads that store.
/// </summary>
/// <remarks>
/// TEMPORARY: this reads today's state through CareerBot.Bot's own storage classes (hence the CLI's project reference
/// to the web host). When the document store replaces them, this one file changes to read person documents, and the
/// reference goes.
/// </remarks>
internal sealed class CorrectionSource : IDisposable
{
    private const int KeysPerRead = 200;

    private readonly SqlStateStorage _storage;
    private readonly bool _ownsStorage;

    /// <summary>Reads an open store; it stays open, its owner's to dispose.</summary>
    public CorrectionSource(SqlStateStorage storage)
        : this(storage, ownsStorage: false)
    {
    }

    private CorrectionSource(SqlStateStorage storage, bool ownsStorage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        _ownsStorage = ownsStorage;
    }

    /// <summary>Opens the store <paramref name="settings"/> name; <see cref="ArgumentException"/> when they name none that can be read.</summary>
    public static CorrectionSource Open(StorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool Is(string provider) => string.Equals(settings.Provider.Trim(), provider, StringComparison.OrdinalIgnoreCase);
        SqlStateStorage storage =
            Is(StorageSettings.Sqlite) ? new SqliteStorage(ExistingSqliteDatabase(settings.ConnectionString ?? StorageSettings.DefaultSqliteConnectionString))
            : Is(StorageSettings.Postgres) ? new PostgresStorage(settings.ConnectionString is { Length: > 0 } connectionString
                ? connectionString
                : throw new ArgumentException("the postgres provider needs an Npgsql connection string (Storage:ConnectionString or --postgres)"))
            : throw new ArgumentException(Is(StorageSettings.Memory)
                ? "Storage:Provider memory keeps nothing after the bot stops; there is nothing to export"
                : $"Storage:Provider '{settings.Provider}' is not supported; use {StorageSettings.Sqlite} or {StorageSettings.Postgres}");
        return new CorrectionSource(storage, ownsStorage: true);
    }

    /// <summary>Every assessment a user corrected, oldest correction first.</summary>
    /// <exception cref="DbException">The store cannot be read.</exception>
    public async Task<IReadOnlyList<CompletedAssessment>> ReadCorrectedAsync(CancellationToken cancellationToken = default)
    {
        var corrected = new List<CompletedAssessment>();
        var keys = await _storage.KeysAsync(string.Empty, "/users/", cancellationToken).ConfigureAwait(false);
        foreach (var chunk in keys.Chunk(KeysPerRead))
        {
            var states = await _storage.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            foreach (var state in states.Values)
            {
                if (StateDocument.Read(state, CareerBotHandler.ProfileProperty, StateJsonContext.Default.UserProfile) is { } profile)
                {
                    corrected.AddRange(profile.History.Where(h => h.Correction is not null));
                }
            }
        }

        return [.. corrected.OrderBy(a => a.Correction!.CorrectedAt)];
    }

    public void Dispose()
    {
        if (_ownsStorage)
        {
            (_storage as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// The connection string of a SQLite file that exists: SQLite would create a missing one, and an export from an
    /// empty new database (a relative path from the wrong folder) would look like "nothing was corrected".
    /// </summary>
    private static string ExistingSqliteDatabase(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(file))
        {
            throw new ArgumentException($"no SQLite database at '{Path.GetFullPath(file)}'");
        }

        return connectionString;
    }
}
