using CareerBot.Application.Documents;
using CareerBot.Bot.Storage;
using CareerBot.Storage;
using CareerBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Sqlite_is_the_default_provider()
    {
        using var services = Build(new Dictionary<string, string?>());

        Assert.IsType<SqliteDocumentStore>(services.GetRequiredService<IDocumentStore>());
        Assert.Equal(StorageOptions.DefaultConnectionString, services.GetRequiredService<StorageOptions>().ConnectionString);
        Assert.Same(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public async Task The_configured_connection_string_is_used()
    {
        using var services = Build(new Dictionary<string, string?> { ["Storage:Provider"] = "SQLite", ["Storage:ConnectionString"] = _db.ConnectionString });

        await services.GetRequiredService<IDocumentStore>().WriteAsync([DocumentWrite.Put("k", "{}", null)], default);

        Assert.True(File.Exists(_db.Path));
    }

    [Fact]
    public void Memory_provider_registers_the_memory_store()
    {
        using var services = Build(new Dictionary<string, string?> { ["Storage:Provider"] = "memory" });

        Assert.IsType<MemoryDocumentStore>(services.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public void An_unknown_provider_fails_at_startup_naming_the_valid_ones()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new Dictionary<string, string?> { ["Storage:Provider"] = "mongo" }));

        Assert.Contains("'mongo'", error.Message, StringComparison.Ordinal);
        Assert.Contains("sqlite", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgres", error.Message, StringComparison.Ordinal);
        Assert.Contains("memory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_provider_registers_the_postgres_store_without_connecting_yet()
    {
        using var services = Build(new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=bot" });

        Assert.IsType<PostgresDocumentStore>(services.GetRequiredService<IDocumentStore>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Data Source=careerbot.db")]
    public void Postgres_provider_without_its_connection_string_fails_at_startup(string? connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = connectionString }));

        Assert.Contains("Storage:ConnectionString is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Database=careerbot;Username=bot")]
    [InlineData("Host=db;Flavour=strawberry")]
    public void Postgres_provider_with_an_unusable_connection_string_fails_at_startup(string connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = connectionString }));

        Assert.Contains("not a usable Npgsql connection string", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddCareerBotStorage(configuration).BuildServiceProvider();
    }
}
