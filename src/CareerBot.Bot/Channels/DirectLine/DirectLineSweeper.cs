using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// Deletes idle Direct Line conversations from the store in the background, one register slice per tick: bounded
/// work (one slice's heads read, one batch written), a full pass every <see cref="DirectLineConversations.ShardCount"/>
/// ticks (about 5 minutes), so a conversation is gone at most that long after it went idle. An opening that finds its
/// slice full sweeps that slice itself. Every instance sweeps; their writes are conditional, so two never clash badly.
/// </summary>
internal sealed partial class DirectLineSweeper(
    DirectLineConversations conversations,
    IOptions<DirectLineOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DirectLineSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabledIn(environment))
        {
            return;
        }

        using var timer = new PeriodicTimer(Tick, clock);
        var shard = System.Security.Cryptography.RandomNumberGenerator.GetInt32(DirectLineConversations.ShardCount);   // instances start their passes apart
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                shard = (shard + 1) % DirectLineConversations.ShardCount;
                try
                {
                    var (removed, _) = await conversations.SweepAsync(shard, stoppingToken).ConfigureAwait(false);
                    if (removed > 0)
                    {
                        LogSwept(logger, removed, shard);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException and not ObjectDisposedException)
                {
                    // The store is down or a document unreadable: the next tick tries the next slice; requests report it.
                    LogSweepFailed(logger, shard, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Count} idle Direct Line conversations from register slice {Shard}.")]
    private static partial void LogSwept(ILogger logger, int count, int shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping Direct Line register slice {Shard} failed ({Error}); the next tick tries the next slice.")]
    private static partial void LogSweepFailed(ILogger logger, int shard, string error);
}
