using System.Diagnostics;
using System.Diagnostics.Metrics;
using CareerBot.Application.Delivery;
using CareerBot.Domain.Analysis;

namespace CareerBot.Bot.Telemetry;

/// <summary>
/// What the bot reports about itself: turns and their latency, outgoing calls (replies) and their failures, and
/// assessments and corrections by result. Tags carry channels, activity types and results, never what a user said:
/// answers are personal data.
/// </summary>
public sealed partial class BotTelemetry : IDeliveryReports, IDisposable
{
    public const string Name = "CareerBot";

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _outgoingDuration;
    private readonly Counter<long> _outgoingFailures;
    private readonly Counter<long> _assessments;
    private readonly Counter<long> _corrections;
    private readonly Counter<long> _deliveryRetries;
    private readonly Counter<long> _outbox;
    private readonly Counter<long> _outboxDropped;
    private readonly Counter<long> _lateDeliveries;
    private readonly Counter<long> _retractions;
    private readonly Counter<long> _rateLimited;

    private readonly ILogger _logger;

    public BotTelemetry(IMeterFactory meterFactory, ILogger<BotTelemetry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _logger = logger ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        _meter = meterFactory.Create(Name);
        _turns = _meter.CreateCounter<long>("careerbot.turns", "{turn}", "Turns processed, by channel and activity type.");
        _turnDuration = _meter.CreateHistogram<double>("careerbot.turn.duration", "ms", "Time to process a turn, replies included.");
        _outgoingDuration = _meter.CreateHistogram<double>("careerbot.outgoing.duration", "ms", "Time to deliver a turn's replies to the channel.");
        _outgoingFailures = _meter.CreateCounter<long>("careerbot.outgoing.failures", "{call}", "Reply deliveries that failed.");
        _assessments = _meter.CreateCounter<long>("careerbot.assessments", "{assessment}", "Finished assessments, by track, level and learning stage.");
        _corrections = _meter.CreateCounter<long>("careerbot.corrections", "{correction}", "Results users corrected, by corrected track and level.");
        _deliveryRetries = _meter.CreateCounter<long>("careerbot.delivery.retries", "{attempt}", "Outgoing messages tried again, by channel and reason (429, 502, timeout…).");
        _outbox = _meter.CreateCounter<long>("careerbot.delivery.kept", "{message}", "Outgoing messages that could not be delivered and were kept in the outbox, by channel and whether a retry may help.");
        _outboxDropped = _meter.CreateCounter<long>("careerbot.delivery.outbox_dropped", "{message}", "Kept messages dropped because the outbox was full.");
        _lateDeliveries = _meter.CreateCounter<long>("careerbot.delivery.late", "{message}", "Kept messages whose slow attempt got through after all (taken out of the outbox).");
        _retractions = _meter.CreateCounter<long>("careerbot.delivery.retracted", "{message}", "Second copies (a retry racing a late success) deleted again, by whether the delete worked.");
        _rateLimited = _meter.CreateCounter<long>("careerbot.turns.rate_limited", "{turn}", "Messages not processed because their sender or conversation sent too many too fast.");
    }

    public static ActivitySource Tracing { get; } = new(Name);

    public void TurnCompleted(string channel, string activityType, TimeSpan elapsed, bool failed)
    {
        var tags = new TagList { { "channel", channel }, { "activity.type", activityType }, { "outcome", failed ? "error" : "ok" } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalMilliseconds, tags);
    }

    public void RepliesDelivered(string channel, TimeSpan elapsed, bool failed)
    {
        _outgoingDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("channel", channel));
        if (failed)
        {
            _outgoingFailures.Add(1, new KeyValuePair<string, object?>("channel", channel));
        }
    }

    public void AssessmentCompleted(Assessment result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _assessments.Add(1, ResultTags(result));
    }

    public void AssessmentCorrected(Assessment corrected)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        _corrections.Add(1, ResultTags(corrected));
    }

    public void Retrying(string channel, string reason) =>
        _deliveryRetries.Add(1, new TagList { { "channel", channel }, { "reason", ReportedNames.DeliveryReason(reason) } });

    public void Kept(string channel, string outboxKey, string reason, bool transient, int dropped)
    {
        _outbox.Add(1, new TagList { { "channel", channel }, { "transient", transient } });
        LogKept(_logger, channel, ReportedNames.DeliveryReason(reason), outboxKey);
        if (dropped > 0)
        {
            _outboxDropped.Add(dropped, new KeyValuePair<string, object?>("channel", channel));
        }
    }

    public void LateDelivered(string channel) => _lateDeliveries.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void Retracted(string channel, bool succeeded) =>
        _retractions.Add(1, new TagList { { "channel", channel }, { "outcome", succeeded ? "ok" : "error" } });

    public void RateLimited(string channel) => _rateLimited.Add(1, new KeyValuePair<string, object?>("channel", channel));

    private static TagList ResultTags(Assessment result) =>
        new() { { "track", result.Track.ToString() }, { "level", result.Level }, { "learning_stage", result.LearningStage.ToString() } };

    public void Dispose() => _meter.Dispose();

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "An outgoing message on {Channel} could not be delivered ({Reason}) and is kept in the outbox as {OutboxKey}")]
    private static partial void LogKept(ILogger logger, string channel, string reason, string outboxKey);
}
