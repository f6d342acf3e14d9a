using System.Globalization;
using System.Text;
using System.Text.Json;
using CareerBot.Domain.Analysis;

namespace CareerBot.Cli.Eval;

/// <summary>An <see cref="EvalReport"/> as people read it (text) or programs do (<see cref="EvalReportJson"/>).</summary>
internal static class EvalReportWriter
{
    public static string ToText(EvalReport report, int worst = EvalCommand.DefaultWorst)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"eval: {report.Results.Count + report.Failures.Count} lines, {report.Results.Count} answered, {report.Failures.Count} failed");
        s.AppendLine();
        s.AppendLine("field            correct  total  accuracy  target");
        foreach (var field in EvalReport.Fields)
        {
            var score = report.Score(field);
            s.AppendLine(inv, $"{CliJson.Name(field),-16} {score.Correct,7}  {score.Total,5}  {score.Accuracy,8:0.000}  {score.Target,6:0.00} {(score.Met ? "ok" : "BELOW")}");
        }

        foreach (var matrix in report.Confusions())
        {
            s.AppendLine();
            s.AppendLine(inv, $"{matrix.Title} (rows expected, columns got)");
            var width = Math.Max(12, matrix.Labels.Max(l => l.Length) + 1);
            s.Append(' ', width);
            foreach (var label in matrix.Labels)
            {
                s.Append(label.PadLeft(width));
            }

            s.AppendLine();
            for (var r = 0; r < matrix.Labels.Count; r++)
            {
                s.Append(matrix.Labels[r].PadRight(width));
                for (var c = 0; c < matrix.Labels.Count; c++)
                {
                    s.Append(matrix.Counts[r][c].ToString(inv).PadLeft(width));
                }

                s.AppendLine();
            }
        }

        var mistakes = report.Mistakes().Take(worst).ToList();
        if (mistakes.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(inv, $"worst mistakes ({mistakes.Count} of {report.Mistakes().Count()}):");
            foreach (var m in mistakes)
            {
                s.AppendLine(inv, $"  {m.Id ?? "line " + m.Line.ToString(inv)}  {CliJson.Name(m.Field)}: expected {m.Expected}, got {m.Got}");
                foreach (var e in m.Evidence)
                {
                    s.AppendLine(inv, $"      {e.Rule} {(e.QuestionId is null ? "" : e.QuestionId + ": ")}{(e.Fragment.Length > 0 ? "\"" + e.Fragment + "\"" : "")}");
                }
            }
        }

        if (report.Failures.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("lines not answered:");
            foreach (var f in report.Failures)
            {
                s.AppendLine(inv, $"  line {f.Line}{(f.Id is null ? "" : " (" + f.Id + ")")}: {f.Error}");
            }
        }

        s.AppendLine();
        s.AppendLine(Summary(report));
        return s.ToString();
    }

    /// <summary>One line: every field's accuracy against its target, failed lines, and PASS or FAIL.</summary>
    public static string Summary(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        var fields = string.Join(" ", EvalReport.Fields.Select(report.Score).Select(s =>
            string.Create(inv, $"{CliJson.Name(s.Field)}={s.Accuracy:0.000}{(s.Met ? "" : "<" + s.Target.ToString("0.00", inv))}")));
        return string.Create(inv, $"{(report.Passed ? "PASS" : "FAIL")} {report.Results.Count}/{report.Results.Count + report.Failures.Count} answered {fields}");
    }

    public static string ToJson(EvalReport report, int worst = EvalCommand.DefaultWorst)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new EvalReportJson(
            report.Passed,
            report.Results.Count + report.Failures.Count,
            report.Results.Count,
            [.. report.Failures.Select(f => new FailedLineJson(f.Line, f.Id, f.Error))],
            EvalReport.Fields.Select(report.Score).ToDictionary(
                s => CliJson.Name(s.Field),
                s => new FieldScoreJson(s.Correct, s.Total, Math.Round(s.Accuracy, 4), s.Target, s.Met)),
            [.. report.Confusions().Select(m => new ConfusionJson(m.Title, m.Labels, m.Counts))],
            [.. report.Mistakes().Take(worst).Select(m => new MistakeJson(
                m.Id,
                m.Line,
                CliJson.Name(m.Field),
                m.Expected,
                m.Got,
                [.. m.Evidence.Select(e => new MistakeEvidenceJson(e.Rule, e.QuestionId, e.Fragment))]))],
            Summary(report));
        return JsonSerializer.Serialize(json, CliJson.Indented.EvalReportJson) + Environment.NewLine;
    }
}
