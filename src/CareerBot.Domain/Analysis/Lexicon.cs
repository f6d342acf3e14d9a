using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Domain.Content;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Domain.Analysis;

/// <summary>
/// The analysis vocabulary, loaded once from content/lexicon*.json (format: the comments in content/lexicon.json) and
/// compiled to immutable matchers. Thread-safe; shared by every turn.
/// </summary>
public sealed class Lexicon
{
    public const string FileName = "lexicon.json";
    public const string FilePattern = "lexicon*.json";

    private Lexicon(LexiconFile file, int professionalTop, int managementTop)
    {
        var numberWords = file.Experience.NumberWords;
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal) { ["{num}"] = NumberPattern(numberWords.Keys) };
        foreach (var (name, words) in file.Placeholders ?? [])
        {
            placeholders["{" + name + "}"] = WordsPattern(words);
        }

        var typos = (file.Typos ?? []).Select(kv => (Right: TextNormalizer.Normalize(kv.Key), Wrong: kv.Value.Select(TextNormalizer.Normalize).ToList())).ToList();
        var sets = 0;
        TermSet Set(IEnumerable<string>? terms) => new(WithTypos(terms ?? [], typos), placeholders, sets++);
        IReadOnlyList<(string Value, TermSet Terms)> Values(IReadOnlyDictionary<string, List<string>>? values) =>
            (values ?? new Dictionary<string, List<string>>()).Select(kv => (kv.Key, Set(kv.Value))).ToList();

        ClauseBreaks = Set(file.ClauseBreaks);
        NegationWindow = file.Negation.Window;
        NegationBefore = Set(file.Negation.Before);
        NegationAfter = Set(file.Negation.After);
        Affirm = Set(file.Negation.Affirm);
        CurrentCues = Set(file.CurrentCues);
        RoleCues = Set(file.RoleCues);
        PastCues = Set(file.PastCues);
        FutureCues = Set(file.FutureCues);
        LearningCues = Set(file.LearningCues);
        LearningAfter = Set(file.LearningAfter);
        StepAboveBefore = Set(file.TitleStepAbove?.Before);
        StepAboveAfter = Set(file.TitleStepAbove?.After);
        OwnershipCues = Set(file.OwnershipCues);
        ManagementIntent = Set(file.ManagementIntent);
        ProfessionalIntent = Set(file.ProfessionalIntent);
        IcForever = Set(file.IcForever);
        Titles = new Dictionary<Track, IReadOnlyList<(string Value, TermSet Terms)>>
        {
            [Track.Professional] = Values(file.Titles.Professional),
            [Track.Management] = Values(file.Titles.Management),
        };
        Scope = Values(file.Facts.Scope);
        Team = Values(file.Facts.Team);
        Ai = Values(file.Facts.Ai);
        PmCues = Set(file.Experience.PmCues);
        OtherCareerCues = Set(file.Experience.OtherCareerCues);
        ExperienceCues = Set(file.Experience.ExperienceCues);
        WorkedAfter = Set(file.Experience.WorkedAfter);
        NotBefore = Set(file.Experience.NotBefore);
        NotAfter = Set(file.Experience.NotAfter);
        ExperiencePhrases = file.Experience.Phrases
            .Select(kv => (double.Parse(kv.Key, NumberStyles.Float, CultureInfo.InvariantCulture), Set(kv.Value)))
            .OrderByDescending(p => p.Item1)
            .ToList();
        Durations = new DurationReader(numberWords);
        ScopeLevels = file.Levels.ProfessionalScope;
        TeamLevels = file.Levels.ManagementTeam;
        ManagementScopeLevels = file.Levels.ManagementScope ?? [];
        ProfessionalYears = file.Levels.ProfessionalYears;
        ManagementYears = file.Levels.ManagementYears;
        AiStages = file.Levels.AiStages;
        AiLive = Set(file.AiInProduction?.Live);
        AiNotLive = Set(file.AiInProduction?.NotLive);
        AiLiveRaises = file.AiInProduction?.Raises ?? [];
        AiNotLiveLowers = file.AiInProduction?.Lowers ?? [];
        WholeAnswers = (file.WholeAnswers ?? []).ToDictionary(q => q.Key, q => Values(q.Value), StringComparer.Ordinal);
        ProfessionalTop = professionalTop;
        ManagementTop = managementTop;
        TermSetCount = sets;
    }

    /// <summary>How many term sets the lexicon has, numbered 0.. in <see cref="TermSet.Index"/>.</summary>
    internal int TermSetCount { get; }

    internal TermSet ClauseBreaks { get; }

    internal int NegationWindow { get; }

    internal TermSet NegationBefore { get; }

    internal TermSet NegationAfter { get; }

    internal TermSet Affirm { get; }

    internal TermSet CurrentCues { get; }

    /// <summary>Current cues that only name a role ("as a", "作为"): in an aim they say what the person wants to be.</summary>
    internal TermSet RoleCues { get; }

    internal TermSet PastCues { get; }

    internal TermSet FutureCues { get; }

    internal TermSet LearningCues { get; }

    /// <summary>Right after an AI term, says it is being learnt ("RAG的网课", "a RAG course").</summary>
    internal TermSet LearningAfter { get; }

    internal TermSet OwnershipCues { get; }

    internal TermSet ManagementIntent { get; }

    internal TermSet ProfessionalIntent { get; }

    /// <summary>Right before a title in the 3-year plan, names the level after it ("比", "the level above").</summary>
    internal TermSet StepAboveBefore { get; }

    /// <summary>Right after a title in the 3-year plan, names the level after it ("的下一级", "再高一级").</summary>
    internal TermSet StepAboveAfter { get; }

    /// <summary>Staying an individual contributor for good: refused, an aim to lead; wanted, a specialist aim.</summary>
    internal TermSet IcForever { get; }

    /// <summary>Per track, level (as a string key) → title terms.</summary>
    internal IReadOnlyDictionary<Track, IReadOnlyList<(string Value, TermSet Terms)>> Titles { get; }

    internal IReadOnlyList<(string Value, TermSet Terms)> Scope { get; }

    internal IReadOnlyList<(string Value, TermSet Terms)> Team { get; }

    internal IReadOnlyList<(string Value, TermSet Terms)> Ai { get; }

    /// <summary>In the AI answer, says the work serves real users ("已经上线", "it's live").</summary>
    internal TermSet AiLive { get; }

    /// <summary>In the AI answer, says the work does not serve real users ("demo，没上线").</summary>
    internal TermSet AiNotLive { get; }

    /// <summary>AI value found → the value that holds when the work is live (use of a model, live: built on it).</summary>
    internal IReadOnlyDictionary<string, string> AiLiveRaises { get; }

    /// <summary>AI value found → the value that holds when the work is not live (a RAG demo: built on the API).</summary>
    internal IReadOnlyDictionary<string, string> AiNotLiveLowers { get; }

    internal TermSet PmCues { get; }

    internal TermSet OtherCareerCues { get; }

    internal TermSet ExperienceCues { get; }

    /// <summary>Right after a duration, say it is time worked ("四年了", "4 years under my belt").</summary>
    internal TermSet WorkedAfter { get; }

    internal TermSet NotBefore { get; }

    internal TermSet NotAfter { get; }

    internal IReadOnlyList<(double Years, TermSet Terms)> ExperiencePhrases { get; }

    internal DurationReader Durations { get; }

    internal IReadOnlyDictionary<string, int> ScopeLevels { get; }

    internal IReadOnlyDictionary<string, int> TeamLevels { get; }

    /// <summary>Scopes the leadership ladder knows, for a 3-year target only (scope never sets the current level there).</summary>
    internal IReadOnlyDictionary<string, int> ManagementScopeLevels { get; }

    internal IReadOnlyList<double> ProfessionalYears { get; }

    internal IReadOnlyList<double> ManagementYears { get; }

    internal IReadOnlyDictionary<string, LearningStage> AiStages { get; }

    /// <summary>Per fact question, value → terms that answer it when they are the whole reply.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<(string Value, TermSet Terms)>> WholeAnswers { get; }

    internal int ProfessionalTop { get; }

    internal int ManagementTop { get; }

    internal int Top(Track track) => track == Track.Professional ? ProfessionalTop : ManagementTop;

    /// <summary>
    /// Reads every lexicon*.json of the content folder (lexicon.json first, then the others in name order), merging
    /// them: lists are appended, objects merged, single values overridden. The top of each track comes from ladders.json.
    /// </summary>
    public static Lexicon Load(string contentDirectory)
    {
        var files = Directory.EnumerateFiles(contentDirectory, FilePattern)
            .OrderBy(f => Path.GetFileName(f) == FileName ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"No {FilePattern} in content folder '{contentDirectory}'.");
        }

        var merged = new JsonObject();
        foreach (var file in files)
        {
            Merge(merged, ContentJson.Read<JsonObject>(file));
        }

        LexiconFile lexicon;
        try
        {
            lexicon = merged.Deserialize<LexiconFile>(ContentJson.Options) ?? throw new InvalidDataException("The lexicon is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The lexicon ({string.Join(", ", files.Select(Path.GetFileName))}) is not valid: {e.Message}", e);
        }

        var (professionalTop, managementTop) = Tops(contentDirectory, lexicon);
        Validate(lexicon, professionalTop, managementTop);
        return new Lexicon(lexicon, professionalTop, managementTop);
    }

    /// <summary>Fails fast on a lexicon an organisation edited wrongly, naming every problem.</summary>
    private static void Validate(LexiconFile lexicon, int professionalTop, int managementTop)
    {
        var problems = new List<string>();
        foreach (var (track, titles, top) in new[] { ("professional", lexicon.Titles.Professional, professionalTop), ("management", lexicon.Titles.Management, managementTop) })
        {
            foreach (var key in (titles ?? []).Keys)
            {
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1 || level > top)
                {
                    problems.Add($"titles.{track} has level '{key}', not a level of 1..{top}");
                }
            }
        }

        void Known(string section, IEnumerable<string>? values, IReadOnlyDictionary<string, int>? known)
        {
            foreach (var value in values ?? [])
            {
                if (known is null || !known.ContainsKey(value))
                {
                    problems.Add($"{section} has '{value}', which levels does not map");
                }
            }
        }

        Known("facts.scope", lexicon.Facts.Scope?.Keys, lexicon.Levels.ProfessionalScope);
        Known("facts.team", lexicon.Facts.Team?.Keys, lexicon.Levels.ManagementTeam);
        Known("facts.ai", lexicon.Facts.Ai?.Keys, lexicon.Levels.AiStages?.ToDictionary(kv => kv.Key, kv => (int)kv.Value));
        if (lexicon.Negation.Window <= 0)
        {
            problems.Add("negation.window must be positive");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid lexicon: " + string.Join("; ", problems) + ".");
        }
    }

    private static (int Professional, int Management) Tops(string contentDirectory, LexiconFile lexicon)
    {
        var ladders = Path.Combine(contentDirectory, "ladders.json");
        if (File.Exists(ladders))
        {
            var file = ContentJson.Read<LadderTopsFile>(ladders);
            return (file.Professional.Levels.Max(l => l.Level), file.Management.Levels.Max(l => l.Level));
        }

        return (lexicon.Levels.ProfessionalScope.Values.Append(lexicon.Levels.ProfessionalYears.Count + 1).Max(),
                lexicon.Levels.ManagementTeam.Values.Max());
    }

    private static void Merge(JsonObject into, JsonObject from)
    {
        foreach (var (key, value) in from.ToList())
        {
            from.Remove(key);
            if (into[key] is JsonObject target && value is JsonObject source)
            {
                Merge(target, source);
            }
            else if (into[key] is JsonArray list && value is JsonArray more)
            {
                foreach (var item in more.ToList())
                {
                    more.Remove(item);
                    list.Add(item);
                }
            }
            else
            {
                into[key] = value;
            }
        }
    }

    /// <summary>
    /// Each literal term, plus its misspellings: every known typo of a word it contains ("管理" → "管里", "director" →
    /// "directer"), so a reader's tolerance for typos lives in one list instead of in every term list.
    /// </summary>
    private static IEnumerable<string> WithTypos(IEnumerable<string> terms, List<(string Right, List<string> Wrong)> typos)
    {
        foreach (var term in terms)
        {
            yield return term;
            if (typos.Count == 0 || term.StartsWith("re:", StringComparison.Ordinal))
            {
                continue;
            }

            var excluded = term.StartsWith('!');
            var body = TextNormalizer.Normalize(excluded ? term[1..] : term);
            foreach (var (right, wrongs) in typos)
            {
                if (!body.Contains(right, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var wrong in wrongs)
                {
                    yield return (excluded ? "!" : "") + body.Replace(right, wrong, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>A "{name}" placeholder's words as one alternation, longest first, word-bounded at Latin letters.</summary>
    private static string WordsPattern(IEnumerable<string> words) =>
        "(?:" + string.Join("|", words.Select(TextNormalizer.Normalize).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(w =>
            (char.IsAsciiLetterOrDigit(w[0]) ? "(?<![a-z0-9])" : "") + System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)
            + (char.IsAsciiLetterOrDigit(w[^1]) ? "(?![a-z0-9])" : ""))) + ")";

    private static string NumberPattern(IEnumerable<string> words)
    {
        var alternatives = string.Join("|", words.OrderByDescending(w => w.Length).Select(w => System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        return $@"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+|半|(?<![a-z])(?:{alternatives})(?![a-z]))";
    }

#pragma warning disable CA1812 // instantiated by System.Text.Json
    private sealed record LexiconFile(
        List<string>? ClauseBreaks,
        NegationFile Negation,
        List<string>? CurrentCues,
        List<string>? RoleCues,
        List<string>? PastCues,
        List<string>? FutureCues,
        List<string>? LearningCues,
        List<string>? OwnershipCues,
        List<string>? ManagementIntent,
        List<string>? ProfessionalIntent,
        List<string>? IcForever,
        TitlesFile Titles,
        FactsFile Facts,
        Dictionary<string, Dictionary<string, List<string>>>? WholeAnswers,
        ExperienceFile Experience,
        LevelsFile Levels,
        Dictionary<string, List<string>>? Typos = null,
        Dictionary<string, List<string>>? Placeholders = null,
        AiInProductionFile? AiInProduction = null,
        List<string>? LearningAfter = null,
        StepAboveFile? TitleStepAbove = null);

    private sealed record StepAboveFile(List<string>? Before, List<string>? After);

    private sealed record AiInProductionFile(List<string>? Live, Dictionary<string, string>? Raises, List<string>? NotLive, Dictionary<string, string>? Lowers);

    private sealed record NegationFile(int Window, List<string>? Before, List<string>? After, List<string>? Affirm);

    private sealed record TitlesFile(Dictionary<string, List<string>>? Professional, Dictionary<string, List<string>>? Management);

    private sealed record FactsFile(Dictionary<string, List<string>>? Scope, Dictionary<string, List<string>>? Team, Dictionary<string, List<string>>? Ai);

    private sealed record ExperienceFile(
        List<string>? PmCues,
        List<string>? OtherCareerCues,
        List<string>? ExperienceCues,
        List<string>? NotBefore,
        List<string>? NotAfter,
        Dictionary<string, List<string>> Phrases,
        Dictionary<string, double> NumberWords,
        List<string>? WorkedAfter = null);

    private sealed record LevelsFile(
        Dictionary<string, int> ProfessionalScope,
        Dictionary<string, int> ManagementTeam,
        Dictionary<string, int>? ManagementScope,
        List<double> ProfessionalYears,
        List<double> ManagementYears,
        Dictionary<string, LearningStage> AiStages);

    private sealed record LadderTopsFile(LadderTops Professional, LadderTops Management);

    private sealed record LadderTops(List<LevelNumber> Levels);

    private sealed record LevelNumber(int Level);
#pragma warning restore CA1812
}
