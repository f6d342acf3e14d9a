using CareerBot.Domain.Analysis;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;
using CareerBot.Domain.People;

namespace CareerBot.Domain.Tests.People;

public sealed class PersonProfileTests
{
    [Fact]
    public void History_keeps_the_latest_assessments_and_files_each_once()
    {
        var profile = new PersonProfile();
        var assessments = Enumerable.Range(0, PersonProfile.MaxHistory + 10).Select(_ => Completed()).ToList();

        foreach (var assessment in assessments)
        {
            profile.Keep(new TurnOutcome([], assessment));
        }

        profile.Keep(new TurnOutcome([], assessments[^1]));
        Assert.Equal(assessments.TakeLast(PersonProfile.MaxHistory).Select(a => a.Id), profile.History.Select(h => h.Id));
    }

    [Fact]
    public void A_correction_is_filed_beside_the_assessment_it_corrects()
    {
        var profile = new PersonProfile();
        var assessment = Completed();
        profile.Keep(new TurnOutcome([], assessment));
        var correction = new CorrectedResult { AssessmentId = assessment.Id, Result = new(Track.Management, 3, 4, LearningStage.L2, []) };

        profile.Keep(new TurnOutcome([], Correction: correction));

        Assert.Same(correction, Assert.Single(profile.History).Correction);
        Assert.Equal(Track.Management, profile.History[0].EffectiveResult().Track);
    }

    private static CompletedAssessment Completed() =>
        new() { Id = Guid.NewGuid(), LanguageTag = "en-US", Result = new(Track.Professional, 2, 3, LearningStage.L1, []) };
}
