using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Domain.Tests.Analysis;

public class AssessmentCorrectionTests
{
    private static readonly Ladders.Ladders Ladders = CareerContent.Default.Ladders;

    private static readonly Assessment Original = new(
        Track.Professional,
        2,
        4,
        LearningStage.L3,
        [
            new Evidence(AssessedField.Track, null, string.Empty, EvidenceRules.TrackDefault),
            new Evidence(AssessedField.Level, "experience", "两年", EvidenceRules.LevelYears),
            new Evidence(AssessedField.TargetLevel, "threeYear", "资深产品经理", EvidenceRules.TargetTitle),
            new Evidence(AssessedField.LearningStage, "ai", "调用大模型API", EvidenceRules.LearningStageAi),
        ]);

    [Fact]
    public void Same_track_keeps_the_named_target_and_its_evidence()
    {
        var corrected = AssessmentCorrection.Apply(Original, Track.Professional, 3, Ladders);

        Assert.Equal((Track.Professional, 3, 4, LearningStage.L3), (corrected.Track, corrected.Level, corrected.TargetLevel, corrected.LearningStage));
        Assert.Equal("资深产品经理", corrected.EvidenceFor(AssessedField.TargetLevel).Single().Fragment);
        Assert.Equal(AssessmentCorrection.UserRule, corrected.EvidenceFor(AssessedField.Level).Single().Rule);
    }

    [Fact]
    public void Same_track_never_leaves_the_target_below_the_corrected_level()
    {
        var corrected = AssessmentCorrection.Apply(Original, Track.Professional, 5, Ladders);

        Assert.Equal(5, corrected.TargetLevel);
    }

    [Fact]
    public void Other_track_aims_one_level_up_capped_at_the_top()
    {
        Assert.Equal(3, AssessmentCorrection.Apply(Original, Track.Management, 2, Ladders).TargetLevel);
        Assert.Equal(4, AssessmentCorrection.Apply(Original, Track.Management, 4, Ladders).TargetLevel);
    }

    [Fact]
    public void The_learning_stage_and_its_evidence_are_kept()
    {
        var corrected = AssessmentCorrection.Apply(Original, Track.Management, 3, Ladders);

        Assert.Equal(LearningStage.L3, corrected.LearningStage);
        Assert.Equal("调用大模型API", corrected.EvidenceFor(AssessedField.LearningStage).Single().Fragment);
    }

    [Theory]
    [InlineData("management:3", true)]
    [InlineData("professional:5", true)]
    [InlineData("management:5", false)]
    [InlineData("professional:0", false)]
    [InlineData("ceo:1", false)]
    [InlineData("management", false)]
    [InlineData(null, false)]
    public void Only_real_levels_parse(string? value, bool valid) =>
        Assert.Equal(valid, AssessmentCorrection.TryParse(value, Ladders, out _, out _));

    [Fact]
    public void Format_and_parse_round_trip()
    {
        Assert.True(AssessmentCorrection.TryParse(AssessmentCorrection.Format(Track.Management, 4), Ladders, out var track, out var level));
        Assert.Equal((Track.Management, 4), (track, level));
    }
}
