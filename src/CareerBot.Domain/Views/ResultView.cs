using CareerBot.Domain.Analysis;

namespace CareerBot.Domain.Views;

/// <summary>
/// An assessment to show: a renderer reads the track's ladder, the next level, the learning stage with its links and
/// the evidence from the content. <see cref="AssessmentId"/> names the kept assessment a "that's not me" correction
/// applies to; without it the result cannot be corrected.
/// </summary>
public sealed record ResultView(Assessment Assessment, Guid? AssessmentId) : View
{
    /// <summary>Show the evidence ("why this result?") in place of the summary: a card switched in place.</summary>
    public bool ShowEvidence { get; init; }
}
