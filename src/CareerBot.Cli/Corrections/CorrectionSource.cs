using System.Data.Common;
using CareerBot.Application.Documents;
using CareerBot.Domain.Interview;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;

namespace CareerBot.Cli.Corrections;

/// <summary>The corrected assessments in the bot's document store: the only place the CLI reads that store.</summary>
internal sealed class CorrectionSource : IDisposable
{
    private readonly IDocumentStore _store;
    private readonly IReadOnlyList<Question> _questions;
    private readonly bool _ownsStore;

    /// <summary>Reads an open store; it stays open, its owner's to dispose.</summary>
    /// <param name="store">The bot's documents.</param>
    /// <param name="questions">The content's questions, which a person document's answers refer to.</param>
    public CorrectionSource(IDocumentStore store, IReadOnlyList<Question> questions)
        : this(store, questions, ownsStore: false)
    {
    }

    private CorrectionSource(IDocumentStore store, IReadOnlyList<Question> questions, bool ownsStore)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(questions);
        _store = store;
        _questions = questions;
        _ownsStore = ownsStore;
    }

    /// <summary>
    /// Opens the store <paramref name="options"/> name, as the bot opens it; <see cref="ArgumentException"/>, saying
    /// what to set, when they name none that holds corrections.
    /// </summary>
    public static CorrectionSource Open(StorageOptions options, bool connectionStringGiven, IReadOnlyList<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = options.Provider.Trim();
        if (string.Equals(provider, StorageOptions.Memory, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Storage:Provider memory keeps nothing after the bot stops; there is nothing to export");
        }

        if (string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            RequireExistingSqliteFile(options.ConnectionString);
        }

        try
        {
            return new CorrectionSource(DocumentStores.Open(options, connectionStringGiven), questions, ownsStore: true);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    /// <summary>Every assessment a user corrected, oldest correction first.</summary>
    /// <exception cref="DbException">The store cannot be read.</exception>
    public async Task<IReadOnlyList<CompletedAssessment>> ReadCorrectedAsync(CancellationToken cancellationToken = default)
    {
        var corrected = new List<CompletedAssessment>();
        await foreach (var profile in PersonProfiles.ReadAllAsync(_store, _questions, cancellationToken).ConfigureAwait(false))
        {
            corrected.AddRange(profile.History.Where(h => h.Correction is not null));
        }

        return [.. corrected.OrderBy(a => a.Correction!.CorrectedAt)];
    }

    public void Dispose()
    {
        if (_ownsStore)
        {
            (_store as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// SQLite would create a missing file, and an export from an empty new database (a relative path from the wrong
    /// folder) would look like "nothing was corrected".
    /// </summary>
    private static void RequireExistingSqliteFile(string connectionString)
    {
        string file;
        try
        {
            file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new ArgumentException($"Storage:ConnectionString is not a SQLite connection string: {e.Message}", e);
        }

        if (!File.Exists(file))
        {
            throw new ArgumentException($"no SQLite database at '{Path.GetFullPath(file)}'");
        }
    }
}
