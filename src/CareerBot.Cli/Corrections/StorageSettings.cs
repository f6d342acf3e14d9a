namespace CareerBot.Cli.Corrections;

/// <summary>
/// Where the bot keeps its state, as its <c>Storage</c> settings say: a provider (<see cref="Sqlite"/>,
/// <see cref="Postgres"/> or <see cref="Memory"/>) and its connection string (null: the provider's default).
/// </summary>
internal sealed record StorageSettings(string Provider, string? ConnectionString)
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    public const string Memory = "memory";

    /// <summary>The bot's default: SQLite in <c>careerbot.db</c>.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=careerbot.db";
}
