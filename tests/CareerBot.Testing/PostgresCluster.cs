using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CareerBot.Testing;

/// <summary>
/// The name of the collection whose tests share one <see cref="PostgresCluster"/> for the whole run. xunit finds a
/// collection's definition only in the test assembly itself, so each test project that needs PostgreSQL declares
/// <c>[CollectionDefinition(PostgresTests.Name)] class … : ICollectionFixture&lt;PostgresCluster&gt;</c>.
/// </summary>
public static class PostgresTests
{
    public const string Name = "postgres";
}

/// <summary>
/// A throwaway PostgreSQL cluster, started once per test run from the installed server binaries (Debian's
/// <c>postgresql</c> package): initdb into a temporary folder, trust authentication, listening on a free port on
/// 127.0.0.1 only (its socket in that folder too), fsync off; stopped and deleted afterwards. As root the server runs
/// as the <c>postgres</c> OS user (PostgreSQL refuses root). Without the binaries the tests are skipped
/// (<see cref="SkipReason"/>), except with CI=true, where they fail: CI must install the package.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string ServiceUser = "postgres";

    private static readonly Lazy<string?> BinDirectory = new(FindBinDirectory);

    private string? _directory;
    private NpgsqlDataSource? _admin;

    /// <summary>Why the PostgreSQL tests are skipped, or null when they run (binaries found, or CI=true).</summary>
    public static string? SkipReason =>
        BinDirectory.Value is not null || IsCi
            ? null
            : "PostgreSQL is not installed (no initdb and pg_ctl under `pg_config --bindir` or /usr/lib/postgresql/*/bin); "
              + "install Debian's 'postgresql' package to run these tests. With CI=true they fail instead.";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private string DataDirectory => Path.Combine(_directory!, "data");

    /// <summary>A superuser connection string to the cluster's <c>postgres</c> database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        var bin = BinDirectory.Value ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no initdb and pg_ctl under `pg_config --bindir` or /usr/lib/postgresql/*/bin) and CI=true, "
            + "so the PostgreSQL tests fail rather than skip: CI must install Debian's 'postgresql' package.");

        _directory = Path.Combine(Path.GetTempPath(), $"careerbot-pg-{Guid.NewGuid():N}"[..28]);
        Directory.CreateDirectory(_directory);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync(asServiceUser: false, "chown", $"{ServiceUser}:", _directory);
        }

        await RunAsync(asServiceUser: true, Path.Combine(bin, "initdb"), "-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");

        // A free port can be taken between looking and binding; try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPorts.Free();
            try
            {
                await RunAsync(asServiceUser: true, Path.Combine(bin, "pg_ctl"), "start", "-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60",
                    "-o", $"-h 127.0.0.1 -p {port} -k {_directory} -F -c max_connections=200");
                ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }

        _admin = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>A schema of its own for one test: a connection string whose search path is that schema.</summary>
    public string CreateSchema()
    {
        var schema = $"t_{Guid.NewGuid():N}";
        using (var command = _admin!.CreateCommand($"CREATE SCHEMA {schema}"))
        {
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        if (_directory is null)
        {
            return;
        }

        if (ConnectionString.Length > 0)
        {
            await RunAsync(asServiceUser: true, Path.Combine(BinDirectory.Value!, "pg_ctl"), "stop", "-D", DataDirectory, "-m", "immediate", "-w");
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static string? FindBinDirectory()
    {
        var candidates = new List<string>();
        try
        {
            using var pgConfig = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (pgConfig is not null)
            {
                candidates.Add(pgConfig.StandardOutput.ReadToEnd().Trim());
                pgConfig.WaitForExit();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH.
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static async Task RunAsync(bool asServiceUser, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asServiceUser && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", ServiceUser, "--", file })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = file;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await error}\n{await output}");
        }
    }
}
