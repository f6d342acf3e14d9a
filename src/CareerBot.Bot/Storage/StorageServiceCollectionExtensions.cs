using CareerBot.Application.Documents;
using CareerBot.Storage;

namespace CareerBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IDocumentStore"/> singleton the <c>Storage</c> section chooses. A wrong provider fails
    /// here, at startup, not on the first turn.
    /// </summary>
    public static IServiceCollection AddCareerBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new StorageOptions();
        var section = configuration.GetSection(StorageOptions.SectionName);
        section.Bind(options);
        var store = DocumentStores.Open(options, connectionStringGiven: !string.IsNullOrWhiteSpace(section[nameof(StorageOptions.ConnectionString)]));

        services.AddSingleton(options);
        // Through a factory, so the container disposes the store (PostgreSQL's connection pool, SQLite's open connections) at shutdown.
        services.AddSingleton(_ => store);
        return services;
    }
}
