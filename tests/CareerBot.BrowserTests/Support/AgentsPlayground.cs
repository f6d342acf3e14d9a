using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CareerBot.BrowserTests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>): a Teams-shaped client (channel
/// msteams) with its own connector service, talking to the bot's <c>/api/messages</c>. It listens on every interface
/// by default; <c>Playground/bind-loopback.cjs</c> moves it to 127.0.0.1. Stopped (with its children) on dispose.
/// </summary>
internal sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;

    private AgentsPlayground(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<AgentsPlayground> StartAsync(Uri bot)
    {
        var port = FreePort();
        var cli = Path.Combine(Artifacts.NpmDirectory, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        var preload = Path.Combine(AppContext.BaseDirectory, "Playground", "bind-loopback.cjs");
        var start = new ProcessStartInfo("node")
        {
            // It writes its log (devTools/) into its working folder: keep that with the other test artifacts.
            WorkingDirectory = Directory.CreateDirectory(Path.Combine(Artifacts.Screenshots, "..", "playground")).FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--require", preload, cli,
            "-e", new Uri(bot, "/api/messages").ToString(), "-c", "msteams",
            "--su", $"http://127.0.0.1:{port}/_connector", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none"; // never open a desktop browser
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for the Agents Playground.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            log.Enqueue(e.Data);
            if (e.Data.Contains("Listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var started = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != listening.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The Agents Playground did not start:\n" + string.Join('\n', log));
        }

        return new AgentsPlayground(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
