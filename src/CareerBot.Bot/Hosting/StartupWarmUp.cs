using CareerBot.Domain.Interview;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CareerBot.Bot.Hosting;

/// <summary>
/// Builds, on a pool thread while Kestrel starts, what the first turn would otherwise build while the channel waits:
/// the content with its lexicon and the interview engine (singletons, so the first request gets them or waits for the
/// rest), and Newtonsoft's contracts for <see cref="Activity"/> under the settings every request body is read with
/// (cached per contract resolver, and that resolver is shared). Measured with bench/startup.sh: the content and lexicon
/// were 0.4 s of the first request and the activity's first deserialization 0.09 s. Content that does not load now
/// stops the host at start with the reason and exit code 1, instead of failing every request.
/// </summary>
internal sealed partial class StartupWarmUp(IServiceProvider services, ILogger<StartupWarmUp> logger) : BackgroundService
{
    private const string SampleActivity = """
        {"type":"message","id":"warm-up","timestamp":"2026-01-01T00:00:00.000Z","localTimestamp":"2026-01-01T08:00:00.000+08:00",
         "channelId":"msteams","serviceUrl":"http://localhost/","locale":"zh-CN","text":"开始","textFormat":"plain",
         "from":{"id":"29:u","name":"U","aadObjectId":"00000000-0000-0000-0000-000000000000"},"recipient":{"id":"28:b","name":"B"},
         "conversation":{"id":"c","conversationType":"personal","tenantId":"t"},"value":{"answerTo":"q"},
         "channelData":{"tenant":{"id":"t"}},"entities":[{"type":"clientInfo","locale":"zh-CN"}]}
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            services.GetRequiredService<InterviewEngine>();
            JsonConvert.DeserializeObject<Activity>(SampleActivity, HttpHelper.BotMessageSerializerSettings);
        }
        catch (ObjectDisposedException) when (stoppingToken.IsCancellationRequested)
        {
            return;   // the host stopped before the warm-up finished (tests that start and stop a host at once)
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The host logs this and stops (BackgroundServiceExceptionBehavior.StopHost); the process must exit non-zero
            // so that a container's restart policy and its operator see the failure (Program returns ExitCode).
            Environment.ExitCode = 1;
            throw;
        }

        var milliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogWarmedUp(logger, milliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content, lexicon and activity serializer warmed up in {Milliseconds:0} ms.")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);
}
