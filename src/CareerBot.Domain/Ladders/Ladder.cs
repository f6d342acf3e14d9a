using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Ladders;

public sealed record LadderLevel(int Level, LocalizedText Title, LocalizedText Expects);

/// <summary>One track's levels, lowest first, as content/ladders.json defines them.</summary>
public sealed record Ladder(Track Track, LocalizedText Name, LocalizedText NextLevelFocus, IReadOnlyList<LadderLevel> Levels)
{
    public int Top => Levels[^1].Level;

    public LadderLevel this[int level] =>
        Levels.FirstOrDefault(l => l.Level == level) ?? throw new ArgumentOutOfRangeException(nameof(level), level, $"No level {level} on the {Track} track.");

    public int Clamp(int level) => Math.Clamp(level, Levels[0].Level, Top);
}

/// <summary>Both tracks' ladders.</summary>
public sealed record Ladders(Ladder Professional, Ladder Management)
{
    public Ladder For(Track track) => track == Track.Professional ? Professional : Management;
}
