namespace CareerBot.Storage;

/// <summary>The <c>Storage</c> configuration section: where conversation and person documents live.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    public const string Memory = "memory";

    public const string DefaultConnectionString = "Data Source=careerbot.db";

    public static IReadOnlyList<string> Providers { get; } = [Sqlite, Postgres, Memory];

    /// <summary>
    /// <c>sqlite</c> (default: state survives restarts), <c>postgres</c> (state in a PostgreSQL server, shared by
    /// bot instances) or <c>memory</c> (state is lost on restart).
    /// </summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The SQLite connection string (default <see cref="DefaultConnectionString"/>), or for postgres an Npgsql
    /// connection string, which has no default; ignored by the memory provider.
    /// </summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;
}
