using CareerBot.Bot.Tests.Support;
using CareerBot.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Bot.Tests.Storage;

public sealed class BotStateStorageTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Conversation_and_user_state_survive_a_restart_with_their_types()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "test",
            Conversation = new ConversationAccount(id: "conversation-1"),
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot"),
            Text = "hi",
        };

        {
            using var storage = new SqliteStorage(_db.ConnectionString);
            var conversation = new ConversationState(storage);
            var user = new UserState(storage);
            using var turn = new TurnContext(new TestAdapter(), activity);
            var record = await conversation.CreateProperty<InterviewRecord>("interview").GetAsync(turn, () => new InterviewRecord());
            record.Name = "Ada";
            record.Answers.Add(new RecordedAnswer("plan", "Lead a team"));
            await user.CreateProperty<string>("locale").SetAsync(turn, "zh-CN");
            await conversation.SaveChangesAsync(turn);
            await user.SaveChangesAsync(turn);
        }

        _db.ClosePooledConnections();

        {
            using var storage = new SqliteStorage(_db.ConnectionString);
            var conversation = new ConversationState(storage);
            var user = new UserState(storage);
            using var turn = new TurnContext(new TestAdapter(), activity);
            await conversation.LoadAsync(turn);
            await user.LoadAsync(turn);

            var record = await conversation.CreateProperty<InterviewRecord>("interview").GetAsync(turn);
            Assert.Equal("Ada", record.Name);
            Assert.Equal([new RecordedAnswer("plan", "Lead a team")], record.Answers);
            Assert.Equal("zh-CN", await user.CreateProperty<string>("locale").GetAsync(turn));

            var raw = await storage.ReadAsync(["test/conversations/conversation-1", "test/users/user-1"]);
            Assert.Equal(2, raw.Count);
            var state = Assert.IsType<Dictionary<string, object>>(raw["test/conversations/conversation-1"]);
            Assert.IsType<InterviewRecord>(state["interview"]);

            await conversation.DeleteAsync(turn);
            Assert.Empty(await storage.ReadAsync(["test/conversations/conversation-1"]));
        }
    }

    [Fact]
    public void Sqlite_is_the_default_provider()
    {
        using var services = Build(new Dictionary<string, string?>());

        Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>());
        Assert.Equal(StorageOptions.DefaultConnectionString, services.GetRequiredService<StorageOptions>().ConnectionString);
        Assert.Same(services.GetRequiredService<IStorage>(), services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task The_configured_connection_string_is_used()
    {
        using var services = Build(new Dictionary<string, string?> { ["Storage:Provider"] = "SQLite", ["Storage:ConnectionString"] = _db.ConnectionString });

        await services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { ["k"] = new RecordedAnswer("plan", "v") });

        Assert.True(File.Exists(_db.Path));
    }

    [Fact]
    public void Memory_provider_registers_MemoryStorage()
    {
        using var services = Build(new Dictionary<string, string?> { ["Storage:Provider"] = "memory" });

        Assert.IsType<MemoryStorage>(services.GetRequiredService<IStorage>());
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
    public void Postgres_provider_registers_PostgresStorage_without_connecting_yet()
    {
        using var services = Build(new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=bot" });

        Assert.IsType<PostgresStorage>(services.GetRequiredService<IStorage>());
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
