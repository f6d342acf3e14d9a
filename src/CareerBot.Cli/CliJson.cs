using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Cli.Assess;
using CareerBot.Cli.Corrections;
using CareerBot.Cli.Eval;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Ladders;

namespace CareerBot.Cli;

/// <summary>
/// Every JSON shape the CLI reads or writes, source-generated: camelCase names, and a repeated key is an error rather
/// than "the last one wins", so a line never means something other than what it seems to say.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(InterviewJson))]
[JsonSerializable(typeof(LineIdJson))]
[JsonSerializable(typeof(AssessmentJson))]
[JsonSerializable(typeof(LineErrorJson))]
[JsonSerializable(typeof(ExpectationLineJson))]
[JsonSerializable(typeof(EvalReportJson))]
[JsonSerializable(typeof(CorrectionLineJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>How the CLI writes JSON: for programs and terminals, not HTML, so Chinese stays readable.</summary>
internal static class CliJson
{
    /// <summary>One compact object per line (JSON Lines).</summary>
    public static CliJsonContext Lines { get; } = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>One indented document, for reports people also read.</summary>
    public static CliJsonContext Indented { get; } = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    /// <summary>The wire name of a track, field or other enum value: its name in camelCase ("professional", "targetLevel").</summary>
    public static string Name(Track track) => JsonNamingPolicy.CamelCase.ConvertName(track.ToString());

    /// <inheritdoc cref="Name(Track)"/>
    public static string Name(AssessedField field) => JsonNamingPolicy.CamelCase.ConvertName(field.ToString());
}
