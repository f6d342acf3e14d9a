using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using CareerBot.Bot.Tests.Support;

namespace CareerBot.Bot.Tests.Deploy;

/// <summary>
/// deploy/azure/main.bicep, the Azure recipe the Teams package points at, compiled and linted by the Bicep CLI (from
/// NuGet; offline: --no-restore, the recipe uses no registry modules). Any warning fails, as it would in a careful
/// review.
/// </summary>
public sealed class AzureRecipeTests : IDisposable
{
    private static readonly string Recipe = Path.GetFullPath(Path.Combine(OfficialTools.Directory, "..", "..", "deploy", "azure", "main.bicep"));

    private readonly string _scratch = Directory.CreateTempSubdirectory("careerbot-bicep-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void The_recipe_lints_without_a_warning()
    {
        var (exit, stdout, stderr) = Bicep("lint", Recipe, "--no-restore");

        Assert.True(exit == 0 && stdout.Length == 0 && stderr.Length == 0, $"bicep lint (exit {exit}):\n{stdout}{stderr}");
    }

    [Fact]
    public async Task The_recipe_compiles_and_gives_what_the_Teams_package_needs()
    {
        var template = Path.Combine(_scratch, "main.json");

        var (exit, stdout, stderr) = Bicep("build", Recipe, "--no-restore", "--outfile", template);

        Assert.True(exit == 0 && stderr.Length == 0, $"bicep build (exit {exit}):\n{stdout}{stderr}");
        var arm = JsonNode.Parse(await File.ReadAllTextAsync(template))!;
        var outputs = arm["outputs"]!.AsObject();
        Assert.All(["botAppId", "botDomain", "messagingEndpoint"], name => Assert.True(outputs.ContainsKey(name), $"no output {name}"));
        Assert.All(["botAppId", "containerImage", "postgresAdminPassword"], name => Assert.True(arm["parameters"]!.AsObject().ContainsKey(name), $"no parameter {name}"));
    }

    [Fact]
    public async Task The_linter_catches_a_warning()
    {
        var careless = Path.Combine(_scratch, "main.bicep");
        await File.WriteAllTextAsync(careless, await File.ReadAllTextAsync(Recipe) + "\nparam forgottenSetting string = 'unused'\n");

        var (_, stdout, stderr) = Bicep("lint", careless, "--no-restore");

        Assert.Contains("no-unused-params", stdout + stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs the Bicep CLI from the NuGet package's tools folder, where PackageDownload unpacked it.</summary>
    private (int Exit, string Stdout, string Stderr) Bicep(params string[] args)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException("the tests download the Bicep CLI for linux-x64 (Azure.Bicep.CommandLine.linux-x64), as CI runs");
        }

        var packageDir = typeof(AzureRecipeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPackageDir").Value!;
        var bicep = Path.Combine(packageDir, "tools", "bicep");
        Assert.True(File.Exists(bicep), $"{bicep} is missing: restore tests/CareerBot.Bot.Tests (it downloads Azure.Bicep.CommandLine.linux-x64).");
        // NuGet does not promise to keep a file's execute bit when it extracts a package.
        var mode = File.GetUnixFileMode(bicep);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(bicep, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        var start = new ProcessStartInfo(bicep)
        {
            WorkingDirectory = _scratch,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"bicep {args[0]} took longer than 2 minutes");
        return (process.ExitCode, stdout, stderr.Result);
    }
}
