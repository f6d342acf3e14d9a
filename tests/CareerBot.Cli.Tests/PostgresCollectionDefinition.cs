using CareerBot.Testing;

namespace CareerBot.Cli.Tests;

/// <summary>This assembly's tests that need PostgreSQL share one throwaway cluster for the whole run.</summary>
[CollectionDefinition(PostgresTests.Name)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresCluster>;
