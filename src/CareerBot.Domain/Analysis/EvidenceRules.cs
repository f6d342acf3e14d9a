namespace CareerBot.Domain.Analysis;

/// <summary>
/// The stable rule keys of <see cref="Evidence.Rule"/>, one per clause of docs/domain.md "How answers map to a result".
/// Cards, the <c>assess</c> output and evaluations refer to them; never rename one, add a new key instead.
/// </summary>
public static class EvidenceRules
{
    /// <summary>Rule 1: plan, goal or 3-year plan states an aim to lead or manage people (fragment: the phrase).</summary>
    public const string TrackManagementIntent = "track.management-intent";

    /// <summary>Rule 1: the 3-year plan aims at the specialist ladder (or refuses management), which outranks an
    /// earlier management aim (fragment: the phrase).</summary>
    public const string TrackProfessionalIntent = "track.professional-intent";

    /// <summary>Rule 1: no aim to lead people stated: professional (question id null).</summary>
    public const string TrackDefault = "track.default";

    /// <summary>Rule 2: an explicit current title of the track ("我现在是高级产品经理").</summary>
    public const string LevelTitle = "level.title";

    /// <summary>Rule 2: what the person owns today (professional track).</summary>
    public const string LevelScope = "level.scope";

    /// <summary>Rule 2: people responsibility today (management track).</summary>
    public const string LevelTeam = "level.team";

    /// <summary>Rule 2: years as a PM, bucketed (professional 1–5; management 1 under a year, else 2).</summary>
    public const string LevelYears = "level.years";

    /// <summary>Rule 2: no level evidence at all: level 1 (question id null).</summary>
    public const string LevelDefault = "level.default";

    /// <summary>Informational: a title of the other ladder that was ignored (does not decide the level).</summary>
    public const string LevelOtherLadderIgnored = "level.other-ladder-ignored";

    /// <summary>Rule 3: the 3-year plan names a title of the track.</summary>
    public const string TargetTitle = "targetLevel.title";

    /// <summary>Rule 3: the 3-year plan names a scope ("负责一条完整产品线"), professional track.</summary>
    public const string TargetScope = "targetLevel.scope";

    /// <summary>Rule 3: the 3-year plan names a people responsibility ("带一个团队" → Team Lead), management track.</summary>
    public const string TargetTeam = "targetLevel.team";

    /// <summary>Rule 3: nothing named in the 3-year plan: current level + 1 (question id null).</summary>
    public const string TargetNext = "targetLevel.next";

    /// <summary>Rule 3: the target was capped at the top of the track (added beside the deciding rule).</summary>
    public const string TargetCappedAtTop = "targetLevel.capped-at-top";

    /// <summary>Rule 3: the named target was below the current level, raised to it (added beside the deciding rule).</summary>
    public const string TargetNotBelowCurrent = "targetLevel.not-below-current";

    /// <summary>Rule 4: the highest AI experience mentioned anywhere.</summary>
    public const string LearningStageAi = "learningStage.ai";

    /// <summary>Rule 4: no AI evidence at all: L1 (question id null).</summary>
    public const string LearningStageDefault = "learningStage.default";
}
