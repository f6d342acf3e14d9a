namespace CareerBot.Bot.Storage;

/// <summary>The <c>Storage</c> configuration section: where conversation and user state live.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    public const string Memory = "memory";

    public const string DefaultConnectionString = "Data Source=careerbot.db";

    public static IReadOnlyList<string> Providers { get; } = [Sqlite, Memory];

    /// <summary><c>sqlite</c> (default: state survives restarts) or <c>memory</c> (state is lost on restart).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite connection string; ignored by the memory provider.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;
}
