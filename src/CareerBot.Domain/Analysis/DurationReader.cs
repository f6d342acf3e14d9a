using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Domain.Analysis;

/// <summary>A length of time found in normalised text, in years.</summary>
internal readonly record struct Duration(Span Span, double Years);

/// <summary>
/// Reads lengths of time in Chinese, English or mixed text: "两年半", "一年多", "十年", "半年", "8个月", "3-5年", "8年以上",
/// "five years", "two and a half years", "a bit over four years", "18 months", "5+ years". Open-ended amounts are
/// nudged inside their bucket ("一年多" 1.5, "不到1年" 0.5, "快5年" 4.75), ranges give their middle.
/// </summary>
internal sealed partial class DurationReader
{
    private const string Below = "below";
    private const string Almost = "almost";
    private const string Above = "above";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly IReadOnlyDictionary<string, double> _numberWords;
    // Tiered like the lexicon's patterns: run on most answers of an interview, and the interpreter was the largest part
    // of reading a duration once everything else had been made cheap.
    private readonly TieredRegex _chinese;
    private readonly TieredRegex _english;
    private readonly TieredRegex _since;

    public DurationReader(IReadOnlyDictionary<string, double> numberWords)
    {
        _numberWords = numberWords.ToDictionary(kv => TextNormalizer.Normalize(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        var words = string.Join("|", _numberWords.Keys.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        var number = @"\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+";
        var englishNumber = $@"\d+(?:\.\d+)?|(?<![a-z])(?:{words})(?![a-z])";

        _chinese = new TieredRegex(
            $@"(?:(?<below>不到|不足|少于|未满|不满)|(?<almost>快|将近|接近|差不多|(?<!最)近)|(?<above>超过|多于|至少|大于)|(?:大概|大约|约))?\s*" +
            $@"(?:(?<n>{number}|半)\s*(?:(?:-|~|到|至)\s*(?<n2>{number})\s*)?(?<more>多|几|来)?\s*(?<unit>年|个\s*多?\s*月)" +
            $@"(?<half>半)?(?<more2>多|以上|出头|有余|\+)?(?:\s*零?\s*(?<months>{number})\s*个\s*月)?)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        _english = new TieredRegex(
            $@"(?:(?<below>less\s+than|under|fewer\s+than|not\s+quite)|(?<almost>almost|nearly|close\s+to|just\s+under|getting\s+on\s+for)|" +
            $@"(?<above>a\s+(?:bit|little)\s+(?:over|more\s+than)|just\s+over|over|more\s+than|at\s+least)|(?:about|around|roughly|approximately|~))?\s*" +
            $@"(?:(?<halfa>half\s+a\s+year)|(?<n>{englishNumber})(?:-?ish)?(?:\s*(?:-|to)\s*(?<n2>{englishNumber}))?\s*(?<plus>\+)?\s*(?<ah>and\s+a\s+half\s+)?" +
            $@"(?<unit>years?|yrs?|y|months?|mos?|decades?)(?![a-z])(?<ah2>\s+and\s+a\s+half)?(?<more2>\s+or\s+more|\s+plus|\s+or\s+so)?" +
            $@"(?:,?\s*(?:and\s+)?(?<months>{englishNumber})\s*months?(?![a-z]))?)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        // A start date: "since 2019", "since mid-2024", "since March 2023", "2016年开始做产品", "从2019年起", "2020年入行".
        _since = new TieredRegex(
            @"(?:(?<![a-z])since\s+(?:(?<part>early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]*)?(?:(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?<year>(?:19|20)\d{2})(?!\d)" +
            @"|(?:从|自|自从)?\s*(?<year>(?:19|20)\d{2})\s*年\s*(?:(?<cmonth>\d{1,2})\s*月)?\s*(?:(?<cpart>初|中|底|末)\s*)?(?:开始|起|以来|入行|进入|转行|做产品|加入|毕业))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Durations in the text, dates such as "since 2019" counted up to <paramref name="now"/> (a fractional year).</summary>
    public List<Duration> Find(string normalized, double now)
    {
        var found = Find(normalized);
        for (var m = _since.Current.Match(normalized); m.Success; m = m.NextMatch())
        {
            var start = double.Parse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var part = m.Groups["part"].Success ? m.Groups["part"].Value : m.Groups["cpart"].Value;
            start += m.Groups["month"].Success ? (Array.IndexOf(Months, m.Groups["month"].Value[..3]) + 0.5) / 12
                : m.Groups["cmonth"].Success && int.TryParse(m.Groups["cmonth"].Value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12 ? (month - 0.5) / 12
                : part switch
                {
                    "early" or "the start of" or "初" => 1.5 / 12,
                    "late" or "the end of" or "底" or "末" => 10.5 / 12,
                    _ => 0.5,
                };
            var years = now - start;
            if (years is >= 0 and <= 50 && !found.Any(d => d.Span.Overlaps(new Span(m.Index, m.Index + m.Length))))
            {
                found.Add(new Duration(new Span(m.Index, m.Index + m.Length), Math.Round(years, 2)));
            }
        }

        return found.OrderBy(d => d.Span.Start).ToList();
    }

    public List<Duration> Find(string normalized)
    {
        var found = new List<Duration>();
        foreach (var (tiered, units) in new[] { (_chinese, ChineseUnits()), (_english, EnglishUnits()) })
        {
            var regex = tiered.Current;
            // Every duration ends in a unit: the patterns, whose numbers and qualifiers could start anywhere, only run
            // in a window around each unit (most answers have none), not over the whole answer.
            foreach (var (from, to) in Windows(units, normalized))
            {
                for (var m = regex.Match(normalized, from, to - from); m.Success; m = m.NextMatch())
                {
                    if (Read(m) is { } years && years is >= 0 and <= 50)
                    {
                        var start = m.Index + (m.Length - m.Value.TrimStart().Length);
                        found.Add(new Duration(new Span(start, m.Index + m.Length), Math.Round(years, 2)));
                    }
                }
            }
        }

        // "PM for 6 at this point": a unit-less number of years, only right after "for" and ending its clause. Run only when
        // "for" is there at all, and never where a unit-bearing duration was found.
        if (normalized.Contains("for ", StringComparison.Ordinal))
        {
            foreach (Match m in ForBareYears().Matches(normalized))
            {
                var n = m.Groups["n"];
                var span = new Span(n.Index, m.Index + m.Length);
                if (ParseNumber(n.Value) is { } years && years is >= 1 and <= 50 && !found.Any(d => d.Span.Overlaps(span)))
                {
                    found.Add(new Duration(span, m.Groups["plus"].Success ? Nudge(years, Above, months: false) : years));
                }
            }
        }

        return found.OrderBy(d => d.Span.Start).ToList();
    }

    [GeneratedRegex(@"(?<![a-z])for\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?<plus>\+)?(?=\s*(?:now|at\s+this\s+point|so\s+far|already|or\s+so)?\s*(?:[,.;!?)]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex ForBareYears();

    /// <summary>Reach of a window around a unit: longer than any number and qualifier before it or months after it.</summary>
    private const int WindowReach = 48;

    private static List<(int From, int To)> Windows(Regex units, string text)
    {
        var windows = new List<(int From, int To)>();
        for (var m = units.Match(text); m.Success; m = m.NextMatch())
        {
            var from = Math.Max(0, m.Index - WindowReach);
            var to = Math.Min(text.Length, m.Index + m.Length + WindowReach);
            if (windows.Count > 0 && from <= windows[^1].To)
            {
                windows[^1] = (windows[^1].From, to);
            }
            else
            {
                windows.Add((from, to));
            }
        }

        return windows;
    }

    [GeneratedRegex("[年月]")]
    private static partial Regex ChineseUnits();

    [GeneratedRegex(@"(?<![a-z])(?:years?|yrs?|months?|mos?|decades?)(?![a-z])|(?<=\d)y(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishUnits();

    /// <summary>
    /// A whole answer that is just a number ("5", "2.5", a card's "0.5"), perhaps approximate ("2ish", "~3", "4左右") or
    /// open-ended ("10+", "3多", "5以上", just above the number): years. The question asks for years, so no unit is needed.
    /// </summary>
    public static double? ReadBareNumber(string text)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var years))
        {
            return years is >= 0 and <= 50 ? years : null;
        }

        var m = BareNumber().Match(TextNormalizer.Normalize(trimmed));
        if (!m.Success || ReadBareToken(m.Groups["n"].Value) is not { } n || n is < 0 or > 50)
        {
            return null;
        }

        return m.Groups["more"].Success || m.Groups["above"].Success ? Nudge(n, Above, months: false)
            : m.Groups["almost"].Success ? Nudge(n, Almost, months: false)
            : n;
    }

    private static readonly string[] BareWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static double? ReadBareToken(string token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : Array.IndexOf(BareWords, token) is var index and >= 0 ? index
        : ParseChinese(token);

    [GeneratedRegex(
        @"^(?:(?<above>a\s+(?:little|bit)\s+(?:over|more\s+than)|just\s+over|over|more\s+than|at\s+least|超过|多于|至少)|(?<almost>almost|nearly|just\s+under|close\s+to|快|将近|接近|差不多)|~|about|around|roughly|approx\.?|约|大概|大约)?\s*" +
        @"(?<n>\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[一二两三四五六七八九十]{1,3})" +
        @"\s*(?:(?<more>\+|多|以上|出头|plus|and\s+a\s+bit|and\s+change|and\s+some)|-?ish|左右|or\s+so)?\s*(?:吧|啦|了)?\s*[.。!！~]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    public static string Format(double years) => Math.Round(years, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private double? Read(Match m)
    {
        if (m.Groups["halfa"].Success)
        {
            return Adjust(0.5, m);
        }

        if (ParseNumber(m.Groups["n"].Value) is not { } n)
        {
            return null;
        }

        if (m.Groups["n2"].Success && ParseNumber(m.Groups["n2"].Value) is { } n2 && n2 > n)
        {
            n = (n + n2) / 2;
        }

        if (m.Groups["half"].Success || m.Groups["ah"].Success || m.Groups["ah2"].Success)
        {
            n += 0.5;
        }

        var unit = m.Groups["unit"].Value;
        var months = unit.Contains('月', StringComparison.Ordinal) || unit.StartsWith('m');
        var years = months ? n / 12 : unit.StartsWith('d') ? n * 10 : n;
        if (!months && m.Groups["months"].Success && ParseNumber(m.Groups["months"].Value) is { } extra)
        {
            years += extra / 12;
        }

        var moreInUnit = months && unit.Contains('多', StringComparison.Ordinal);
        var more = m.Groups["more"].Success || m.Groups["more2"].Success || m.Groups["plus"].Success || moreInUnit;
        if (more && !m.Groups["more2"].Value.Contains("or so", StringComparison.Ordinal))
        {
            years = Nudge(years, Above, months);
        }

        return Adjust(years, m, months);
    }

    private static double Adjust(double years, Match m, bool months = false) =>
        m.Groups[Below].Success ? Nudge(years, Below, months)
        : m.Groups[Almost].Success ? Nudge(years, Almost, months)
        : m.Groups[Above].Success ? Nudge(years, Above, months)
        : years;

    // Keeps an open-ended amount inside the bucket it points into: "不到3年" is under 3, "3年多" is 3 and a bit,
    // "八个多月" stays under a year. Months move by half a month.
    private static double Nudge(double years, string direction, bool months)
    {
        const double HalfMonth = 1.0 / 24;
        return direction switch
        {
            Below => years - (months ? HalfMonth : years >= 1 ? 0.5 : years / 2),
            Almost => years - (months ? HalfMonth : years >= 1 ? 0.25 : years / 4),
            _ => years + (months ? HalfMonth : years >= 1 ? 0.5 : (1 - years) / 2),
        };
    }

    private double? ParseNumber(string token)
    {
        token = token.Trim();
        if (token.Length == 0)
        {
            return null;
        }

        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var collapsed = Regex.Replace(token, @"\s+", " ");
        if (_numberWords.TryGetValue(collapsed, out value))
        {
            return value;
        }

        return token == "半" ? 0.5 : ParseChinese(token);
    }

    private static double? ParseChinese(string token)
    {
        double total = 0;
        double current = 0;
        foreach (var c in token)
        {
            var digit = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '两')
            {
                digit = 2;
            }

            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }
}
