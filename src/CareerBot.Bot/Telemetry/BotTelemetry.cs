using System.Diagnostics;
using System.Diagnostics.Metrics;
using CareerBot.Domain.Analysis;

namespace CareerBot.Bot.Telemetry;

/// <summary>
/// What the bot reports about itself: turns and their latency, outgoing calls (replies) and their failures, and
/// assessments and corrections by result. Tags carry channels, activity types and results, never what a user said:
/// answers are personal data.
/// </summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "CareerBot";

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _outgoingDuration;
    private readonly Counter<long> _outgoingFailures;
    private readonly Counter<long> _assessments;
    private readonly Counter<long> _corrections;

    public BotTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(Name);
        _turns = _meter.CreateCounter<long>("careerbot.turns", "{turn}", "Turns processed, by channel and activity type.");
        _turnDuration = _meter.CreateHistogram<double>("careerbot.turn.duration", "ms", "Time to process a turn, replies included.");
        _outgoingDuration = _meter.CreateHistogram<double>("careerbot.outgoing.duration", "ms", "Time to deliver a turn's replies to the channel.");
        _outgoingFailures = _meter.CreateCounter<long>("careerbot.outgoing.failures", "{call}", "Reply deliveries that failed.");
        _assessments = _meter.CreateCounter<long>("careerbot.assessments", "{assessment}", "Finished assessments, by track, level and learning stage.");
        _corrections = _meter.CreateCounter<long>("careerbot.corrections", "{correction}", "Results users corrected, by corrected track and level.");
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

    private static TagList ResultTags(Assessment result) =>
        new() { { "track", result.Track.ToString() }, { "level", result.Level }, { "learning_stage", result.LearningStage.ToString() } };

    public void Dispose() => _meter.Dispose();
}
