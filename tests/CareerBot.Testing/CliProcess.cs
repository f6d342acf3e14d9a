using System.Diagnostics;
using System.Text;

namespace CareerBot.Testing;

/// <summary>
/// The real entry point, as scripts and evaluations run it: <c>dotnet CareerBot.Cli.dll &lt;verb&gt; …</c>, from a
/// test project that references src/CareerBot.Cli (so the CLI and what it ships are beside the tests).
/// </summary>
public static class CliProcess
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "CareerBot.Cli.dll");

    /// <summary>
    /// Runs the CLI from the temp folder (so nothing it needs may come from the working directory) with
    /// <paramref name="stdin"/> as its input and, when given, <paramref name="environment"/> added to its own.
    /// </summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string stdin, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(File.Exists(CliDll), $"{CliDll} is not beside the tests");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
