using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Localization;

namespace CareerBot.Cli.Tests.Assess;

/// <summary>
/// Checks a result line's shape against the contract, not the analyzer's verdict (that belongs to the analysis tests):
/// levels on the track's ladder, the title the ladder gives that level in the expected language, well-formed evidence.
/// </summary>
internal static partial class AssessOutput
{
    private static readonly string[] Fields = ["track", "level", "targetLevel", "learningStage"];

    public static JsonElement[] Parse(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    public static void AssertResult(JsonElement line, string? id, Language language)
    {
        Assert.False(line.TryGetProperty("error", out var error), "unexpected error: " + error);
        if (id is null)
        {
            Assert.False(line.TryGetProperty("id", out _));
        }
        else
        {
            Assert.Equal(id, line.GetProperty("id").GetString());
        }

        var track = line.GetProperty("track").GetString();
        Assert.Contains(track, new[] { "professional", "management" });
        var ladder = CareerContent.Default.Ladders.For(track == "management" ? Track.Management : Track.Professional);

        var level = line.GetProperty("level").GetInt32();
        Assert.InRange(level, 1, ladder.Top);
        Assert.Equal(ladder[level].Title[language], line.GetProperty("levelTitle").GetString());
        Assert.InRange(line.GetProperty("targetLevel").GetInt32(), level, ladder.Top);
        Assert.Matches(StageFormat(), line.GetProperty("learningStage").GetString());

        foreach (var evidence in line.GetProperty("evidence").EnumerateArray())
        {
            Assert.Contains(evidence.GetProperty("field").GetString(), Fields);
            var question = evidence.GetProperty("question");
            Assert.True(
                question.ValueKind == JsonValueKind.Null || QuestionIds.Open.Concat(QuestionIds.Facts).Contains(question.GetString()),
                "unknown question " + question);
            Assert.Equal(JsonValueKind.String, evidence.GetProperty("fragment").ValueKind);
            Assert.False(string.IsNullOrEmpty(evidence.GetProperty("rule").GetString()));
        }

        var names = line.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            (id is null ? Array.Empty<string>() : ["id"]).Concat(["track", "level", "levelTitle", "targetLevel", "learningStage", "evidence"]),
            names);
    }

    public static string AssertError(JsonElement line, string? id)
    {
        if (id is null)
        {
            Assert.False(line.TryGetProperty("id", out _), "id where none was known: " + line);
        }
        else
        {
            Assert.Equal(id, line.GetProperty("id").GetString());
        }

        Assert.Equal(id is null ? 1 : 2, line.EnumerateObject().Count());
        var error = line.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        return error!;
    }

    [GeneratedRegex("^L[1-4]$")]
    private static partial Regex StageFormat();
}
