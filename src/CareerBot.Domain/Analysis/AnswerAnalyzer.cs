using System.Globalization;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;

namespace CareerBot.Domain.Analysis;

/// <summary>
/// Maps interview answers (question id → free text) to an <see cref="Assessment"/> per docs/domain.md, by matching
/// the <see cref="Lexicon"/> against normalised text. Pure and thread-safe: one instance serves every turn; the only
/// state is the immutable lexicon.
/// </summary>
public sealed class AnswerAnalyzer
{
    private readonly Lexicon _lexicon;
    private readonly TimeProvider _time;

    public AnswerAnalyzer(Lexicon lexicon)
        : this(lexicon, TimeProvider.System)
    {
    }

    /// <summary>With the clock that dates such as "since 2019" are counted up to.</summary>
    public AnswerAnalyzer(Lexicon lexicon, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _lexicon = lexicon;
        _time = timeProvider;
    }

    /// <summary>Today as a fractional year (mid-November 2026 is about 2026.87).</summary>
    private double Now()
    {
        var today = _time.GetUtcNow();
        return today.Year + ((today.DayOfYear - 0.5) / (DateTime.IsLeapYear(today.Year) ? 366 : 365));
    }

    /// <summary>How strictly a fact is read: a fact question's own answer, or a confident mention in another answer.</summary>
    private enum Reading
    {
        OwnAnswer,
        Mention,
    }

    /// <summary>The full result from whatever answers exist (any may be missing or empty).</summary>
    public Assessment Analyze(IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var texts = Prepare(answers);
        var evidence = new List<Evidence>();
        var track = DecideTrack(texts, evidence);
        var level = DecideLevel(track, texts, evidence);
        var target = DecideTarget(track, level, texts, evidence);
        var stage = DecideStage(texts, evidence);
        return new Assessment(track, level, target, stage, evidence);
    }

    /// <summary>Reads a typed answer to one fact question; null when the text does not answer it.</summary>
    public FactReading? ReadFact(string questionId, string text)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        if (string.IsNullOrWhiteSpace(text) || !QuestionIds.Facts.Contains(questionId))
        {
            return null;
        }

        var answer = new AnswerText(questionId, text, _lexicon);
        return Read(questionId, answer, Reading.OwnAnswer) is { } hit ? new FactReading(questionId, hit.Value, hit.Fragment) : null;
    }

    /// <summary>Facts already stated in earlier answers, so the interview can confirm them instead of asking blind.</summary>
    public IReadOnlyList<FactReading> FindFacts(IReadOnlyDictionary<string, string> answers) => FindFacts(answers, QuestionIds.Facts);

    /// <summary>
    /// The one fact <paramref name="factId"/> names, if the open answers state it: what a fact question offers to
    /// confirm. Reads only that fact (the interview asks this once per fact question).
    /// </summary>
    public FactReading? FindFact(IReadOnlyDictionary<string, string> answers, string factId) =>
        FindFacts(answers, [factId]) is [var fact] ? fact : null;

    private List<FactReading> FindFacts(IReadOnlyDictionary<string, string> answers, IEnumerable<string> factIds)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var texts = Prepare(answers);
        var open = QuestionIds.Open.Where(texts.ContainsKey).Select(id => texts[id]).ToList();
        var facts = new List<FactReading>();
        foreach (var factId in factIds)
        {
            if (Mentioned(factId, open) is { } hit)
            {
                facts.Add(new FactReading(factId, hit.Value, hit.Fragment));
            }
        }

        return facts;
    }

    private Dictionary<string, AnswerText> Prepare(IReadOnlyDictionary<string, string> answers) =>
        answers.Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .ToDictionary(a => a.Key, a => new AnswerText(a.Key, a.Value, _lexicon), StringComparer.Ordinal);

    // ---- Rule 1: track -------------------------------------------------------------------------------------------

    private Track DecideTrack(Dictionary<string, AnswerText> texts, List<Evidence> evidence)
    {
        // The 3-year plan is the latest aim stated: when it takes a side, it decides. Then any aim to lead people in
        // the plan or goal, then a specialist aim there. Someone who only says they lead people now, and states no
        // aim, is taken at their word last.
        var stances = new[] { QuestionIds.ThreeYear, QuestionIds.Plan, QuestionIds.Goal }
            .Where(texts.ContainsKey)
            .Select(id => Stance(texts[id]))
            .OfType<(Track Track, Hit Hit, bool Aim)>()
            .ToList();
        (Track Track, Hit Hit, bool Aim)? First(Func<(Track Track, Hit Hit, bool Aim), bool> predicate) =>
            stances.Where(predicate).Select(s => ((Track, Hit, bool)?)s).FirstOrDefault();
        var decided = First(s => s.Aim && s.Hit.Answer.QuestionId == QuestionIds.ThreeYear)
            ?? First(s => s.Aim && s.Track == Track.Management)
            ?? First(s => s.Aim)
            ?? First(_ => true);
        if (decided is not { } stance)
        {
            evidence.Add(new Evidence(AssessedField.Track, null, "", EvidenceRules.TrackDefault));
            return Track.Professional;
        }

        var rule = stance.Track == Track.Management ? EvidenceRules.TrackManagementIntent : EvidenceRules.TrackProfessionalIntent;
        evidence.Add(new Evidence(AssessedField.Track, stance.Hit.Answer.QuestionId, stance.Hit.Fragment, rule));
        return stance.Track;
    }

    /// <summary>
    /// Which ladder one answer aims at, if it says: an aim to lead people wins over a specialist aim (which includes
    /// refusing to manage). Leading people now, with no aim stated, is a stance but not an aim.
    /// </summary>
    private (Track Track, Hit Hit, bool Aim)? Stance(AnswerText answer)
    {
        List<Hit> Aims(TermSet terms, bool negated = false) =>
            (negated ? answer.Negated(terms) : answer.Affirmed(terms))
                .Select(s => new Hit(answer, s, ""))
                .ToList();
        bool IsAim(Hit h) => answer.TenseOf(h.Span) != Tense.Current;

        // "带3个人" describes a team unless it is said to be wanted, or stands in an answer about the future and is not
        // said to be done there ("试过带两个人，发现管理不适合我").
        bool IsTeamAim(Hit h) => answer.TenseOf(h.Span) switch
        {
            Tense.Future => true,
            Tense.Neutral => answer.QuestionId is QuestionIds.Goal or QuestionIds.ThreeYear && !answer.SaysDone(h.Span),
            _ => false,
        };

        // A people responsibility named as an aim ("下面几个组", "have my own team of PMs") is an aim to lead too.
        var management = Aims(_lexicon.ManagementIntent)
            .Concat(AffirmedHits(answer, _lexicon.Team).Where(h => _lexicon.TeamLevels.GetValueOrDefault(h.Value) >= LeadTeamLevel && IsTeamAim(h)))
            .OrderBy(h => h.Span.Start)
            .ToList();
        if ((management.FirstOrDefault(IsAim) ?? Aims(_lexicon.IcForever, negated: true).FirstOrDefault()) is { } aim)
        {
            return (Track.Management, aim, true);
        }

        var professional = Aims(_lexicon.ManagementIntent, negated: true)
            .Concat(Aims(_lexicon.IcForever))
            .Concat(Aims(_lexicon.ProfessionalIntent).Where(IsAim))
            .Concat(AffirmedHits(answer, _lexicon.Titles[Track.Professional]).Where(IsAim))
            .Concat(AffirmedHits(answer, _lexicon.Scope).Where(IsAim))
            .OrderBy(h => h.Span.Start)
            .FirstOrDefault();
        if (professional is not null)
        {
            return (Track.Professional, professional, true);
        }

        return management.Count > 0 ? (Track.Management, management[0], false) : null;
    }

    // ---- Rule 2: level -------------------------------------------------------------------------------------------

    private int DecideLevel(Track track, Dictionary<string, AnswerText> texts, List<Evidence> evidence)
    {
        var top = _lexicon.Top(track);
        var titles = CurrentTitles(texts.Values, track);
        var level = DecideLevelBy(track, texts, titles, evidence);
        foreach (var ignored in CurrentTitles(texts.Values, Other(track)))
        {
            evidence.Add(new Evidence(AssessedField.Level, ignored.Answer.QuestionId, ignored.Fragment, EvidenceRules.LevelOtherLadderIgnored));
        }

        return Math.Clamp(level, 1, top);
    }

    private int DecideLevelBy(Track track, Dictionary<string, AnswerText> texts, List<Hit> titles, List<Evidence> evidence)
    {
        if (titles.MaxBy(LevelOf) is { } title)
        {
            return Decide(LevelOf(title), title, EvidenceRules.LevelTitle);
        }

        if (track == Track.Professional && Fact(QuestionIds.Scope, texts) is { } scope && _lexicon.ScopeLevels.TryGetValue(scope.Value, out var scopeLevel))
        {
            return Decide(scopeLevel, scope, EvidenceRules.LevelScope);
        }

        if (track == Track.Management && Fact(QuestionIds.Team, texts) is { } team && _lexicon.TeamLevels.TryGetValue(team.Value, out var teamLevel))
        {
            return Decide(teamLevel, team, EvidenceRules.LevelTeam);
        }

        if (Fact(QuestionIds.Experience, texts) is { } experience)
        {
            var years = double.Parse(experience.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var thresholds = track == Track.Professional ? _lexicon.ProfessionalYears : _lexicon.ManagementYears;
            return Decide(1 + thresholds.Count(t => years >= t), experience, EvidenceRules.LevelYears);
        }

        evidence.Add(new Evidence(AssessedField.Level, null, "", EvidenceRules.LevelDefault));
        return 1;

        int Decide(int level, Hit hit, string rule)
        {
            evidence.Add(new Evidence(AssessedField.Level, hit.Answer.QuestionId, hit.Fragment, rule));
            return level;
        }
    }

    /// <summary>Titles said to be held now: with a current cue ("我现在是", "I'm a"), or plainly in a fact answer.</summary>
    /// <para>The goal and 3-year plan name aims, never the title held. In the plan, a title that opens a clause with no
    /// aim in it ("Principal PM at a legal-tech company", "资深产品经理，负责…") introduces the person.</para>
    private List<Hit> CurrentTitles(IEnumerable<AnswerText> texts, Track track) =>
        texts.SelectMany(t => AffirmedHits(t, _lexicon.Titles[track]).Where(h => !IsPeopleLed(t, h) && t.TenseOf(h.Span) switch
            {
                // In an aim, a role is what the person wants to be ("own the module as a Senior PM").
                Tense.Current when t.QuestionId is QuestionIds.Goal or QuestionIds.ThreeYear => !t.NearestCueIs(_lexicon.CurrentCues, _lexicon.RoleCues, h.Span),
                Tense.Current => true,
                Tense.Neutral when QuestionIds.Facts.Contains(t.QuestionId) => true,
                Tense.Neutral when t.QuestionId == QuestionIds.Plan => t.OpensClause(h.Span) && !t.HasInClause(_lexicon.FutureCues, h.Span),
                _ => false,
            }))
            .ToList();

    /// <summary>
    /// A title that is the people led, not the person's: inside a statement of leading leads ("管4个组长", "two team
    /// leads report to me"), or a lead's title anywhere in an answer that says its speaker leads leads ("下面三个组，组长
    /// 都是我带出来的", "管两个组，每组有组长"): there the lead is who reports, not who speaks.
    /// </summary>
    private bool IsPeopleLed(AnswerText answer, Hit title)
    {
        var lowest = _lexicon.TeamLevels.Values.Min();
        var responsibilities = answer.Hits(_lexicon.Team)
            .Where(t => _lexicon.TeamLevels.GetValueOrDefault(t.Value) > lowest && !answer.IsNegated(t.Span))
            .ToList();
        var leadsOfLeads = responsibilities.Where(t => _lexicon.TeamLevels[t.Value] > LeadTeamLevel).ToList();

        // Inside any statement of people led or mentored ("1 junior PM I mentor", "管4个组长"), a title is theirs.
        return responsibilities.Any(t => t.Span.Length > title.Span.Length && t.Span.Contains(title.Span))
            || (leadsOfLeads.Count > 0 && _lexicon.Titles[Track.Management].Any(m => m.Value == title.Value) && LevelOf(title) <= LeadTeamLevel);
    }

    /// <summary>The fact from its own question's answer, else a confident mention in any other answer.</summary>
    private Hit? Fact(string factId, Dictionary<string, AnswerText> texts)
    {
        if (texts.TryGetValue(factId, out var own) && Read(factId, own, Reading.OwnAnswer) is { } hit)
        {
            return hit;
        }

        var others = QuestionIds.Open.Concat(QuestionIds.Facts)
            .Where(id => id != factId && texts.ContainsKey(id))
            .Select(id => texts[id]);
        return Mentioned(factId, others);
    }

    // ---- Rule 3: target level ------------------------------------------------------------------------------------

    private int DecideTarget(Track track, int level, Dictionary<string, AnswerText> texts, List<Evidence> evidence)
    {
        var top = _lexicon.Top(track);
        var (target, hit, rule) = Named(track, texts.GetValueOrDefault(QuestionIds.ThreeYear)) ?? (level + 1, null, EvidenceRules.TargetNext);
        evidence.Add(new Evidence(AssessedField.TargetLevel, hit?.Answer.QuestionId, hit?.Fragment ?? "", rule));
        if (target > top)
        {
            evidence.Add(new Evidence(AssessedField.TargetLevel, null, "", EvidenceRules.TargetCappedAtTop));
            target = top;
        }

        if (target < level)
        {
            evidence.Add(new Evidence(AssessedField.TargetLevel, null, "", EvidenceRules.TargetNotBelowCurrent));
            target = level;
        }

        return target;
    }

    /// <summary>The level the 3-year plan names on the track: a title, else a scope (professional) or team (management).</summary>
    private (int Level, Hit? Hit, string Rule)? Named(Track track, AnswerText? threeYearAnswer)
    {
        if (threeYearAnswer is null)
        {
            return null;
        }

        AnswerText threeYear = threeYearAnswer;

        bool IsAim(Hit h) => threeYear.TenseOf(h.Span) != Tense.Current;
        // Nullable, so that no title at all is null, not an exception.
        var titles = AffirmedHits(threeYear, _lexicon.Titles[track])
            .Select(t => StepAbove(threeYear, t))
            .Where(t => threeYear.TenseOf(t.Span) != Tense.Current)
            .Select(t => ((Hit Hit, int Level, Span Span)?)t);
        if (titles.MaxBy(t => t!.Value.Level) is { } named)
        {
            return (named.Level, named.Hit, EvidenceRules.TargetTitle);
        }

        // Professional: the scope named. Management: the people responsibility named, or a scope the leadership ladder
        // knows ("负责一条完整产品线" is a Product Director's).
        if (track == Track.Professional)
        {
            return Named(_lexicon.Scope, _lexicon.ScopeLevels, EvidenceRules.TargetScope);
        }

        var team = Named(_lexicon.Team, _lexicon.TeamLevels, EvidenceRules.TargetTeam);
        var scope = Named(_lexicon.Scope, _lexicon.ManagementScopeLevels, EvidenceRules.TargetScope);
        return team is null || (scope is not null && scope.Value.Level > team.Value.Level) ? scope : team;

        (int Level, Hit? Hit, string Rule)? Named(IReadOnlyList<(string Value, TermSet Terms)> facts, IReadOnlyDictionary<string, int> levels, string rule)
        {
            // Leading nobody is no target.
            var hit = AffirmedHits(threeYear, facts)
                .Where(h => IsAim(h) && levels.TryGetValue(h.Value, out var level) && level > 1)
                .MaxBy(h => levels[h.Value]);
            return hit is null ? null : (levels[hit.Value], hit, rule);
        }
    }

    /// <summary>
    /// A title in the 3-year plan with the level it names: its own, or the next when said relative to it ("比高级产品经理
    /// 再高一级", "the level above senior PM"); then the evidence is the whole phrase, and the title's own span is kept for
    /// its tense.
    /// </summary>
    private (Hit Hit, int Level, Span Span) StepAbove(AnswerText threeYear, Hit title)
    {
        const int Gap = 3;
        var text = threeYear.Normalized;
        var clause = threeYear.ClauseOf(title.Span);
        static bool Joins(string between) => between.All(c => char.IsWhiteSpace(c) || c is '的' or '"' or '\'' or '“' or '”' or '「' or '」' or '-');
        var before = _lexicon.StepAboveBefore.Find(text, Math.Max(clause.Start, title.Span.Start - 24), title.Span.Start)
            .LastOrDefault(c => c.End <= title.Span.Start && title.Span.Start - c.End <= Gap && Joins(text[c.End..title.Span.Start]));
        var after = _lexicon.StepAboveAfter.Find(text, title.Span.End, Math.Min(clause.End, title.Span.End + 16))
            .FirstOrDefault(c => c.Start >= title.Span.End && c.Start - title.Span.End <= Gap && Joins(text[title.Span.End..c.Start]));
        if (before.Length == 0 && after.Length == 0)
        {
            return (title, LevelOf(title), title.Span);
        }

        var span = new Span(before.Length > 0 ? before.Start : title.Span.Start, after.Length > 0 ? after.End : title.Span.End);
        return (new Hit(threeYear, span, title.Value), LevelOf(title) + 1, title.Span);
    }

    // ---- Rule 4: learning stage ----------------------------------------------------------------------------------

    private LearningStage DecideStage(Dictionary<string, AnswerText> texts, List<Evidence> evidence)
    {
        var readings = texts.Values
            .Select(t => Read(QuestionIds.Ai, t, t.QuestionId == QuestionIds.Ai ? Reading.OwnAnswer : Reading.Mention))
            .OfType<Hit>()
            .ToList();
        if (readings.MaxBy(StageOf) is { } best)
        {
            evidence.Add(new Evidence(AssessedField.LearningStage, best.Answer.QuestionId, best.Fragment, EvidenceRules.LearningStageAi));
            return StageOf(best);
        }

        evidence.Add(new Evidence(AssessedField.LearningStage, null, "", EvidenceRules.LearningStageDefault));
        return LearningStage.L1;
    }

    private LearningStage StageOf(Hit hit) => _lexicon.AiStages.GetValueOrDefault(hit.Value, LearningStage.L1);

    // ---- Fact readers --------------------------------------------------------------------------------------------

    /// <summary>The fact as a confident mention in one of the answers, first answer first (AI: the highest).</summary>
    private Hit? Mentioned(string factId, IEnumerable<AnswerText> answers)
    {
        // Reading an answer has no effect but its result: past the first mention (but for AI) the rest need not be read.
        Hit? highest = null;
        foreach (var answer in answers)
        {
            if (Read(factId, answer, Reading.Mention) is not { } hit)
            {
                continue;
            }

            if (factId != QuestionIds.Ai)
            {
                return hit;
            }

            if (highest is null || StageOf(hit) > StageOf(highest))
            {
                highest = hit;
            }
        }

        return highest;
    }

    private Hit? Read(string factId, AnswerText answer, Reading reading)
    {
        if (reading == Reading.OwnAnswer && Canonical(factId, answer) is { } canonical)
        {
            return canonical;
        }

        return factId switch
        {
            QuestionIds.Experience => ReadExperience(answer, reading),
            QuestionIds.Scope => ReadScope(answer, reading),
            QuestionIds.Team => ReadTeam(answer, reading),
            QuestionIds.Ai => ReadAi(answer, reading),
            _ => null,
        };
    }

    /// <summary>A card's choice value, exactly as questions.json has it (any number of years for experience).</summary>
    private Hit? Canonical(string factId, AnswerText answer)
    {
        var text = answer.Original.Trim();
        var start = answer.Original.IndexOf(text, StringComparison.Ordinal);
        var whole = new Span(start, start + text.Length);
        if (factId == QuestionIds.Experience)
        {
            return DurationReader.ReadBareNumber(text) is { } years ? new Hit(answer, whole, DurationReader.Format(years)) : null;
        }

        var values = factId switch
        {
            QuestionIds.Scope => _lexicon.ScopeLevels.Keys,
            QuestionIds.Team => _lexicon.TeamLevels.Keys,
            QuestionIds.Ai => _lexicon.AiStages.Keys,
            _ => [],
        };
        if (values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) is { } value)
        {
            return new Hit(answer, whole, value);
        }

        var reply = TextNormalizer.Normalize(text).TrimEnd('.', '。', '!', '！', '~');
        return _lexicon.WholeAnswers.TryGetValue(factId, out var replies)
            && replies.FirstOrDefault(r => r.Terms.Find(reply).Any(s => s.Start == 0 && s.End == reply.Length)) is { Value: not null } replied
            ? new Hit(answer, whole, replied.Value)
            : null;
    }

    /// <summary>
    /// Whether a mention in another answer is about the present: not an aim. The goal, approach and 3-year answers are
    /// about the future, so there the clause itself must say now or done ("目前", "做过"); elsewhere it is enough that
    /// the answer speaks of experience at all. Fact answers are about the present.
    /// </summary>
    private static bool IsPresentMention(AnswerText answer, Hit hit)
    {
        var tense = answer.TenseOf(hit.Span);
        return tense switch
        {
            Tense.Current => true,
            Tense.Future => false,
            _ when QuestionIds.Facts.Contains(answer.QuestionId) => true,
            // How the person means to get there is mostly how they work now ("用Kimi整理资料", "I prompt Claude for SQL").
            // Once it has turned to plans ("系统学习大模型，自己用API做几个小工具"), the rest is the plan.
            _ when answer.QuestionId is QuestionIds.Approach => answer.SaysDone(hit.Span) || !answer.HasEarlier(answer.Lexicon.FutureCues, hit.Span) && !answer.HasEarlier(answer.Lexicon.LearningCues, hit.Span),
            _ when answer.QuestionId is QuestionIds.Goal or QuestionIds.ThreeYear => answer.SaysDone(hit.Span),
            _ => answer.SpeaksOfExperience,
        };
    }

    private Hit? ReadScope(AnswerText answer, Reading reading)
    {
        IEnumerable<Hit> hits = Known(AffirmedHits(answer, _lexicon.Scope), _lexicon.ScopeLevels);
        if (reading == Reading.Mention)
        {
            hits = hits.Where(h => answer.HasBefore(_lexicon.OwnershipCues, h.Span) && IsPresentMention(answer, h));
        }

        return hits.MaxBy(h => _lexicon.ScopeLevels[h.Value]);
    }

    private Hit? ReadTeam(AnswerText answer, Reading reading)
    {
        var all = Known(answer.Hits(_lexicon.Team), _lexicon.TeamLevels);
        if (reading == Reading.Mention)
        {
            // "带人", "lead a team" are how aims are said too: once the answer has turned to aims ("以后想当leader，带团队…"),
            // they are the aim.
            var aims = answer.Find(_lexicon.ManagementIntent);
            all = all.Where(h => IsPresentMention(answer, h)
                && !(aims.Any(a => a.Overlaps(h.Span)) && !answer.SaysDone(h.Span) && answer.HasEarlier(_lexicon.FutureCues, h.Span))).ToList();
        }

        var affirmed = all.Where(h => !answer.IsNegated(h.Span)).ToList();
        var lowest = _lexicon.TeamLevels.MinBy(kv => kv.Value).Key;
        if (affirmed.Where(h => h.Value != lowest).MaxBy(h => _lexicon.TeamLevels[h.Value]) is { } lead)
        {
            // "带过一个实习生，现在没有": leading nobody now, said after a responsibility held before, is today's answer.
            return affirmed.FirstOrDefault(h => h.Value == lowest && h.Span.Start > lead.Span.End
                && _lexicon.CurrentCues.Any(answer.Normalized, answer.ClauseOf(h.Span).Start, h.Span.End)) ?? lead;
        }

        // "不带人", or "I don't lead or mentor anyone": a refused responsibility is an answer too.
        if ((affirmed.FirstOrDefault(h => h.Value == lowest)
            ?? all.Where(h => h.Value != lowest).Select(h => h with { Value = lowest }).FirstOrDefault()) is { } none)
        {
            return none;
        }

        // "我是组长": a management title in the team answer says the responsibility.
        return reading == Reading.OwnAnswer
            ? AffirmedHits(answer, _lexicon.Titles[Track.Management])
                .Select(h => _lexicon.TeamLevels.FirstOrDefault(kv => kv.Value == LevelOf(h)).Key is { } value ? h with { Value = value } : null)
                .OfType<Hit>()
                .MaxBy(h => _lexicon.TeamLevels[h.Value])
            : null;
    }

    private Hit? ReadAi(AnswerText answer, Reading reading)
    {
        var all = Known(answer.Hits(_lexicon.Ai), _lexicon.AiStages);
        var lowest = _lexicon.AiStages.MinBy(kv => kv.Value).Key;

        // What is to be learnt ("打算学习RAG") or only heard of is not experience; in another answer, it must be said
        // to be done.
        var done = all.Where(h => !answer.IsNegated(h.Span) && answer.TenseOf(h.Span, learningIsFuture: true) != Tense.Future && !IsCourseTopic(answer, h.Span)).ToList();
        if (reading == Reading.Mention)
        {
            done = done.Where(h => IsPresentMention(answer, h)).ToList();
        }

        var order = _lexicon.Ai.Select(v => v.Value).ToList();
        if (done.Where(h => h.Value != lowest).MaxBy(h => ((int)StageOf(h) * 100) + order.IndexOf(h.Value)) is { } best)
        {
            return reading == Reading.OwnAnswer ? InProduction(answer, best) : best;
        }

        if (done.FirstOrDefault(h => h.Value == lowest) is { } none)
        {
            return none;
        }

        // "没用过ChatGPT", or only plans to learn: nothing yet. As a mention in another answer that is too weak.
        return reading == Reading.OwnAnswer
            ? all.Where(h => h.Value != lowest).Select(h => h with { Value = lowest }).FirstOrDefault()
            : null;
    }

    /// <summary>The subject of a course just named after it ("RAG的网课", "a fine-tuning course"): learning, not doing.</summary>
    private bool IsCourseTopic(AnswerText answer, Span span)
    {
        const int Reach = 8;
        var clause = answer.ClauseOf(span);
        return _lexicon.LearningAfter.Any(answer.Normalized, span.End, Math.Min(clause.End, span.End + Reach));
    }

    /// <summary>
    /// The AI answer's best reading, adjusted for whether the work serves real users: a model used in something live is
    /// built on (the evidence then runs to the words that say it is live), a RAG demo that never shipped is not
    /// production architecture.
    /// </summary>
    private Hit InProduction(AnswerText answer, Hit best)
    {
        bool Said(Span cue) => !answer.IsNegated(cue) && answer.TenseOf(cue) != Tense.Future;
        if (_lexicon.AiLiveRaises.TryGetValue(best.Value, out var raised) && answer.Find(_lexicon.AiLive).Where(Said).FirstOrDefault() is { Length: > 0 } live)
        {
            return new Hit(answer, new Span(Math.Min(best.Span.Start, live.Start), Math.Max(best.Span.End, live.End)), raised);
        }

        return _lexicon.AiNotLiveLowers.TryGetValue(best.Value, out var lowered) && answer.Find(_lexicon.AiNotLive).Any(c => !answer.IsNegated(c))
            ? best with { Value = lowered }
            : best;
    }

    private Hit? ReadExperience(AnswerText answer, Reading reading)
    {
        var text = answer.Normalized;
        var candidates = new List<(Duration Duration, bool Pm)>();
        var durations = _lexicon.Durations.Find(text, Now());
        foreach (var duration in durations)
        {
            var span = duration.Span;
            var clause = answer.ClauseOf(span);
            if (IsPlanHorizon(answer, span, clause))
            {
                continue;
            }

            var career = Career(answer, span, clause, durations);
            if (career == false)
            {
                continue;
            }

            var pm = career == true;
            if (reading == Reading.Mention)
            {
                // Only time said to be worked ("做了五年", "5 years of experience", "as a PM for 5 years"), never an aim.
                // Said so right after the duration ("四年半的经验", "四年了", "4 years under my belt"), it needs no more.
                var worked = WorkedAfter(text, span, clause);
                var cued = pm || worked || _lexicon.ExperienceCues.Any(text, clause.Start, clause.End);
                var tense = answer.TenseOf(span);
                // Time in the profession ("twenty years in product") is experience unless the clause is an aim.
                var pmTime = (pm || worked) && !answer.HasInClause(_lexicon.FutureCues, span);
                if (!cued || tense == Tense.Future || !(pmTime || answer.SpeaksOfExperience || tense == Tense.Current))
                {
                    continue;
                }
            }

            candidates.Add((duration, pm));
        }

        var chosen = candidates.Any(c => c.Pm) ? candidates.Where(c => c.Pm) : candidates;
        if (chosen.Select(c => c.Duration).OrderByDescending(d => d.Years).FirstOrDefault() is { Span.Length: > 0 } best)
        {
            return new Hit(answer, best.Span, DurationReader.Format(best.Years));
        }

        if (reading == Reading.OwnAnswer)
        {
            foreach (var (years, terms) in _lexicon.ExperiencePhrases)
            {
                if (answer.Affirmed(terms).FirstOrDefault() is { Length: > 0 } phrase)
                {
                    return new Hit(answer, phrase, DurationReader.Format(years));
                }
            }
        }

        return null;
    }

    /// <summary>"三年后", "3年内", "最近3年", "in 3 years": a plan's horizon, not experience.</summary>
    private bool IsPlanHorizon(AnswerText answer, Span span, Span clause)
    {
        var text = answer.Normalized;
        var before = _lexicon.NotBefore.Find(text, clause.Start, span.Start)
            .Any(c => string.IsNullOrWhiteSpace(text[c.End..span.Start]));
        var after = _lexicon.NotAfter.Find(text, span.End, clause.End)
            .Any(c => string.IsNullOrWhiteSpace(text[span.End..c.Start]));
        return before || after;
    }

    private bool WorkedAfter(string text, Span span, Span clause) =>
        _lexicon.WorkedAfter.Find(text, span.End, clause.End).Any(c => string.IsNullOrWhiteSpace(text[span.End..c.Start]));

    /// <summary>
    /// True when the nearest career word is the PM's, false when another career's, null when none: in the clause, else
    /// (a terse "PM, 4y" or "做产品，四年左右" puts the career in a clause of its own) in the sentence, unless the sentence
    /// has other durations ("工作了6年，其中产品3年"): then the career words are theirs.
    /// </summary>
    private bool? Career(AnswerText answer, Span span, Span clause, List<Duration> durations)
    {
        if (CareerIn(answer, span, clause) is { } career)
        {
            return career;
        }

        var sentence = answer.SentenceOf(span);
        return durations.Any(d => d.Span != span && sentence.Contains(d.Span)) ? null : CareerIn(answer, span, sentence);
    }

    private bool? CareerIn(AnswerText answer, Span span, Span clause)
    {
        var text = answer.Normalized;
        var pm = _lexicon.PmCues.Find(text, clause.Start, clause.End);
        var other = _lexicon.OtherCareerCues.Find(text, clause.Start, clause.End);
        pm = pm.Where(p => !other.Any(o => o.Contains(p) && o.Length > p.Length)).ToList();
        other = other.Where(o => !pm.Any(p => p.Contains(o) && p.Length > o.Length)).ToList();
        static int Distance(Span cue, Span span) =>
            cue.End <= span.Start ? span.Start - cue.End : cue.Start >= span.End ? cue.Start - span.End : 0;
        var pmDistance = pm.Select(p => Distance(p, span)).DefaultIfEmpty(int.MaxValue).Min();
        var otherDistance = other.Select(o => Distance(o, span)).DefaultIfEmpty(int.MaxValue).Min();
        return (pmDistance, otherDistance) switch
        {
            (int.MaxValue, int.MaxValue) => null,
            _ => pmDistance <= otherDistance,
        };
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private static List<Hit> AffirmedHits(AnswerText answer, IReadOnlyList<(string Value, TermSet Terms)> values)
    {
        var affirmed = new List<Hit>();
        foreach (var hit in answer.Hits(values))
        {
            if (!answer.IsNegated(hit.Span))
            {
                affirmed.Add(hit);
            }
        }

        return affirmed;
    }

    /// <summary>The hits whose value the levels know, in order.</summary>
    private static List<Hit> Known<TLevel>(IReadOnlyList<Hit> hits, IReadOnlyDictionary<string, TLevel> levels)
    {
        var known = new List<Hit>(hits.Count);
        foreach (var hit in hits)
        {
            if (levels.ContainsKey(hit.Value))
            {
                known.Add(hit);
            }
        }

        return known;
    }

    private static int LevelOf(Hit title) => int.Parse(title.Value, CultureInfo.InvariantCulture);

    /// <summary>Direct reports: the team level from which a people responsibility is leading people.</summary>
    private const int LeadTeamLevel = 3;

    private static Track Other(Track track) => track == Track.Professional ? Track.Management : Track.Professional;
}
