using System.Globalization;
using CareerBot.Domain.Analysis;
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
    private const int MaxLabelLength = 40;

    // The interview's year buckets: y < 1, 1 ≤ y < 3, 3 ≤ y < 5, 5 ≤ y < 8, y ≥ 8.
    private static readonly double[] YearBucketBounds = [1, 3, 5, 8];

    public static SuggestedAnswer For(Question question, FactReading reading, Language language, StringTable strings)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(strings);
        return new SuggestedAnswer(reading.Value, reading.Fragment, LabelFor(question, reading.Value, language, strings), MatchingChoiceFor(question, reading.Value));
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
    /// years.
    /// </summary>
    private static string? MatchingChoiceFor(Question question, string value)
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

        var bucket = YearBucket(years);
        return question.Choices.FirstOrDefault(c => TryYears(c.Value, out var y) && YearBucket(y) == bucket)?.Value;
    }

    private static int YearBucket(double years) => YearBucketBounds.Count(bound => years >= bound);

    private static bool TryYears(string value, out double years) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out years) && years >= 0 && double.IsFinite(years);
}
