using System.Globalization;
using CareerBot.Domain.Ladders;

namespace CareerBot.Domain.Analysis;

/// <summary>
/// "That's not me": the user picks the track and level that fit them. The corrected result keeps what the user did
/// not dispute (the learning stage, and the target when the track stays) and says in its evidence that the user
/// decided the rest.
/// </summary>
public static class AssessmentCorrection
{
    /// <summary>The evidence rule of a field the user corrected.</summary>
    public const string UserRule = "correction.user";

    /// <summary>The correction card's choice value: "professional:3", "management:2".</summary>
    public static string Format(Track track, int level) =>
        (track == Track.Professional ? "professional" : "management") + ":" + level.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, Ladders.Ladders ladders, out Track track, out int level)
    {
        ArgumentNullException.ThrowIfNull(ladders);
        track = Track.Professional;
        level = 0;
        var parts = value?.Split(':');
        if (parts is not { Length: 2 } || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out level))
        {
            return false;
        }

        track = parts[0] switch
        {
            "professional" => Track.Professional,
            "management" => Track.Management,
            _ => (Track)(-1),
        };
        var picked = level;
        return Enum.IsDefined(track) && ladders.For(track).Levels.Any(l => l.Level == picked);
    }

    public static Assessment Apply(Assessment original, Track track, int level, Ladders.Ladders ladders)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(ladders);
        var ladder = ladders.For(track);
        var sameTrack = track == original.Track;
        var target = sameTrack ? Math.Max(level, original.TargetLevel) : ladder.Clamp(level + 1);
        IEnumerable<Evidence> targetEvidence = sameTrack && target == original.TargetLevel
            ? original.EvidenceFor(AssessedField.TargetLevel)
            : [new Evidence(AssessedField.TargetLevel, null, string.Empty, target == level ? EvidenceRules.TargetNotBelowCurrent : EvidenceRules.TargetNext)];
        return new Assessment(
            track,
            level,
            ladder.Clamp(target),
            original.LearningStage,
            [
                new Evidence(AssessedField.Track, null, string.Empty, UserRule),
                new Evidence(AssessedField.Level, null, string.Empty, UserRule),
                .. targetEvidence,
                .. original.EvidenceFor(AssessedField.LearningStage),
            ]);
    }
}
