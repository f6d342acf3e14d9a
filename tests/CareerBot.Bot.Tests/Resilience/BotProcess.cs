using CareerBot.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CareerBot.Bot.Tests.Resilience;

/// <summary>
/// The real bot as a process of its own (<c>dotnet CareerBot.Bot.dll</c>, as built next to this test run), an open
/// Production bot on 127.0.0.1 that replies only to this machine, on the storage given. It can be killed as
/// <c>kill -9</c> would: nothing in it gets to run.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for a failing test to show.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<BotProcess> StartAsync(string storageProvider, string connectionString)
    {
        var dll = BotDll();
        var port = LoopbackPorts.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            dll, "--urls", $"http://127.0.0.1:{port}",
            "--Bot:AllowAnonymous", "true", "--Bot:TrustedServiceHosts", "127.0.0.1,localhost",
            "--Storage:Provider", storageProvider, "--Storage:ConnectionString", connectionString,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilAnsweringAsync();
        return bot;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposal; then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("readyz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The bot did not answer /readyz within 60 s:\n{Output}");
    }

    /// <summary>src/CareerBot.Bot's own build output (with its runtimeconfig), of this test run's configuration.</summary>
    private static string BotDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CareerBot.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("CareerBot.sln not found above " + AppContext.BaseDirectory),
            "src", "CareerBot.Bot", "bin", configuration, framework, "CareerBot.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The bot is not built where the tests expect it.", dll);
    }
}
