using System.Diagnostics;
using System.Reflection;

namespace CareerBot.Bot.Tests.Support;

/// <summary>
/// Runs a script of tests/card-validation, where the build installs Microsoft's own tools from npm (the Adaptive
/// Cards renderer, the Teams card types, the Teams manifest validator).
/// </summary>
internal static class OfficialTools
{
    public static string Directory { get; } = typeof(OfficialTools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CardValidationDir").Value!;

    public static (int ExitCode, string Stdout, string Stderr) Run(string script, string argument)
    {
        Assert.True(
            System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")),
            $"{Directory}node_modules is missing: build the test project (it runs npm ci).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{script} took longer than 3 minutes");
        return (process.ExitCode, stdout, stderr.Result);
    }
}
