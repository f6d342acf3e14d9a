using CareerBot.Application.Documents;

namespace CareerBot.Storage;

/// <summary>Opens the document store the <c>Storage</c> settings name, for the bot and the CLI alike.</summary>
public static class DocumentStores
{
    /// <summary>
    /// The store <paramref name="options"/> chooses; a wrong provider or connection string fails here, with what to set,
    /// not on the first turn. Dispose it (if it is disposable) to close its connections.
    /// </summary>
    /// <param name="options">The bound <c>Storage</c> section.</param>
    /// <param name="connectionStringGiven">Whether the connection string was set rather than defaulted (PostgreSQL has no default).</param>
    public static IDocumentStore Open(StorageOptions options, bool connectionStringGiven)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = (options.Provider ?? string.Empty).Trim();
        if (string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Storage:ConnectionString is empty; set it or leave it out for the default '" + StorageOptions.DefaultConnectionString + "'.");
            }

            return new SqliteDocumentStore(options.ConnectionString);
        }

        if (string.Equals(provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            // No default: the SQLite one means nothing to PostgreSQL, and guessing a server would fail only on the first turn.
            if (!connectionStringGiven || string.IsNullOrWhiteSpace(options.ConnectionString) || options.ConnectionString == StorageOptions.DefaultConnectionString)
            {
                throw new InvalidOperationException(
                    "Storage:Provider is postgres but Storage:ConnectionString is not set; give an Npgsql connection string, e.g. 'Host=localhost;Database=careerbot;Username=careerbot;Password=…'.");
            }

            try
            {
                return new PostgresDocumentStore(options.ConnectionString);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException("Storage:ConnectionString is not a usable Npgsql connection string: " + e.Message, e);
            }
        }

        if (string.Equals(provider, StorageOptions.Memory, StringComparison.OrdinalIgnoreCase))
        {
            return new MemoryDocumentStore();
        }

        throw new InvalidOperationException(
            $"Storage:Provider '{options.Provider}' is not supported; use one of: {string.Join(", ", StorageOptions.Providers)}.");
    }
}
