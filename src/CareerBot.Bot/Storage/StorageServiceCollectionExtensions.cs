using Microsoft.Bot.Builder;

namespace CareerBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStorage"/>, a singleton, as the <c>Storage</c> section chooses. A wrong provider fails
    /// here, at startup, not on the first turn.
    /// </summary>
    public static IServiceCollection AddCareerBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(options);
        var provider = (options.Provider ?? string.Empty).Trim();
        IStorage storage;
        if (string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Storage:ConnectionString is empty; set it or leave it out for the default '" + StorageOptions.DefaultConnectionString + "'.");
            }

            storage = new SqliteStorage(options.ConnectionString);
        }
        else if (string.Equals(provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            // No default: the SQLite one means nothing to PostgreSQL, and guessing a server would fail only on the first turn.
            var connectionString = configuration[StorageOptions.SectionName + ":" + nameof(StorageOptions.ConnectionString)];
            if (string.IsNullOrWhiteSpace(connectionString) || connectionString == StorageOptions.DefaultConnectionString)
            {
                throw new InvalidOperationException(
                    "Storage:Provider is postgres but Storage:ConnectionString is not set; give an Npgsql connection string, e.g. 'Host=localhost;Database=careerbot;Username=careerbot;Password=…'.");
            }

            try
            {
                storage = new PostgresStorage(connectionString);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException("Storage:ConnectionString is not a usable Npgsql connection string: " + e.Message, e);
            }
        }
        else if (string.Equals(provider, StorageOptions.Memory, StringComparison.OrdinalIgnoreCase))
        {
            storage = new MemoryStorage();
        }
        else
        {
            throw new InvalidOperationException(
                $"Storage:Provider '{options.Provider}' is not supported; use one of: {string.Join(", ", StorageOptions.Providers)}.");
        }

        services.AddSingleton(options);
        // Through a factory, so the container disposes the storage (PostgreSQL's connection pool, SQLite's open connections) at shutdown.
        services.AddSingleton(_ => storage);
        return services;
    }
}
