using System.Globalization;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Views;

/// <summary>
/// A fact the user already stated, offered for one-tap confirmation: the <see cref="Value"/> a confirm sends back
/// (<see cref="ActionData.Confirm"/>), the user's own <see cref="Words"/> it was read from (plain text: renderers
/// quote and escape it), the <see cref="Label"/> a confirm button shows, and the choice it falls under, if any.
/// </summary>
public sealed record SuggestedAnswer(string Value, string Words, string Label, string? MatchingChoice)
{
    /// <summary>Longest label in text elements: labels are plain text, and hosts cut long ones.</summary>
    public const int MaxLabelLength = 40;

    public static SuggestedAnswer For(Question question, FactReading reading, Language language, CareerContent content)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(content);
        return new SuggestedAnswer(
            reading.Value, reading.Fragment, LabelFor(question, reading.Value, language, content.Strings), MatchingChoiceFor(question, reading.Value, content.Lexicon.ProfessionalYears));
    }

    /// <summary>The choice's label, or for experience the years in words.</summary>
    private static string LabelFor(Question question, string value, Language language, StringTable strings)
    {
        if (question.Id == QuestionIds.Experience && TryYears(value, out var years))
        {
            // "5 years" / "5年".
            return strings.Format(years == 1 ? "interview.years.one" : "interview.years.other", language, ("years", years.ToString("0.##", CultureInfo.InvariantCulture)));
        }

        // A value no choice has is shown as it is, shortened: labels are plain text, but hosts cut long ones.
        var choice = question.Choices.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
        return choice is not null ? choice.Label[language] : TextElements.Truncate(value, MaxLabelLength);
    }

    /// <summary>
    /// The choice with the suggested value, or for experience the choice in the same year bucket as the suggested
    /// years: the buckets the analysis levels years by (content/lexicon.json's professionalYears).
    /// </summary>
    private static string? MatchingChoiceFor(Question question, string value, IReadOnlyList<double> yearBounds)
    {
        var exact = question.Choices.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact.Value;
        }

        if (question.Id != QuestionIds.Experience || !TryYears(value, out var years))
        {
            return null;
        }

        var bucket = YearBucket(years, yearBounds);
        return question.Choices.FirstOrDefault(c => TryYears(c.Value, out var y) && YearBucket(y, yearBounds) == bucket)?.Value;
    }

    private static int YearBucket(double years, IReadOnlyList<double> bounds) => bounds.Count(bound => years >= bound);

    private static bool TryYears(string value, out double years) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out years) && years >= 0 && double.IsFinite(years);
}
