using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Application.Turns;

/// <summary>
/// What a turn produced, once its documents are saved: the outcome (views, and a finished or corrected assessment,
/// for telemetry) and the language to render the views in.
/// </summary>
public sealed record TurnResult(TurnOutcome Outcome, Language Language)
{
    /// <summary>The turn was refused by <see cref="TurnRateLimits"/>: nothing was read or saved.</summary>
    public bool RateLimited { get; init; }
}
