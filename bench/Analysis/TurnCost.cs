using System.Diagnostics;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;

namespace CareerBot.Bench.Analysis;

/// <summary>
/// What each turn of the load bench's interview (bench/lua/interview.lua) costs the domain: the engine's turn plus
/// rendering its views and writing the cards as JSON, as the channel edge does. time per turn (wall clock, single thread) and bytes allocated, one step at a time, so
/// the heavy steps of an interview stand out.
/// </summary>
internal static class TurnCost
{
    private static readonly (string Text, string[]? Tap)[] Zh =
    [
        ("开始", null), ("我想在专业上做深，成为产品专家，不想带团队", null), ("把我负责的功能做到行业领先", null), ("多做项目，系统学习数据分析", null),
        ("三年后成为资深产品经理，负责一条核心业务线", null), ("两年半", null), ("", ["answerTo", "scope", "scope", "module"]),
        ("", ["answerTo", "team", "team", "none"]), ("用过ChatGPT写周报", null),
    ];

    private static readonly (string Text, string[]? Tap)[] En =
    [
        ("start", null), ("I want to move into people management and lead a team", null), ("Build a strong, happy product team", null),
        ("Mentor more juniors and take a management course", null), ("In three years I want to be a product director leading several teams", null),
        ("five years", null), ("", ["answerTo", "scope", "scope", "businessLine"]), ("", ["answerTo", "team", "team", "mentor"]),
        ("I built a RAG-based support agent that runs in production", null),
    ];

    public static int Run(int interviews)
    {
        var content = CareerContent.Load(CareerContent.DefaultDirectory);
        var engine = new InterviewEngine(content, new AnswerAnalyzer(content.Lexicon), TimeProvider.System);
        var renderer = new AdaptiveCardRenderer(content);
        var timings = new Timing[2, Zh.Length];
        for (var language = 0; language < 2; language++)
        {
            for (var step = 0; step < Zh.Length; step++)
            {
                timings[language, step] = new Timing(interviews);
            }
        }

        // Warm up for 3 s (tiered compilation), then time every step of every interview.
        var warming = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warming) < TimeSpan.FromSeconds(3))
        {
            Interview(engine, renderer, Zh, "zh-CN", null);
            Interview(engine, renderer, En, "en-US", null);
        }

        for (var i = 0; i < interviews; i++)
        {
            Interview(engine, renderer, Zh, "zh-CN", [.. Enumerable.Range(0, Zh.Length).Select(step => timings[0, step])]);
            Interview(engine, renderer, En, "en-US", [.. Enumerable.Range(0, En.Length).Select(step => timings[1, step])]);
        }

        Console.WriteLine($"{interviews} interviews per language (bench/lua/interview.lua's answers), µs per turn, p50 (p99), and KB allocated:");
        Console.WriteLine("the engine's turn, then rendering its views and writing the cards as JSON (what the channel edge does next)");
        Console.WriteLine("step |      zh engine   render+JSON      KB |      en engine   render+JSON      KB");
        double total = 0;
        for (var step = 0; step < Zh.Length; step++)
        {
            var line = $"{step + 1,4} |";
            for (var language = 0; language < 2; language++)
            {
                var t = timings[language, step];
                total += t.Engine.Average() + t.Json.Average();
                line += $" {Percentile(t.Engine, 0.5),6:0} ({Percentile(t.Engine, 0.99),5:0}) {Percentile(t.Json, 0.5),6:0} ({Percentile(t.Json, 0.99),5:0}) {t.Bytes / 1024.0 / interviews,7:0.0} |";
            }

            Console.WriteLine(line);
        }

        Console.WriteLine($"mean per turn, both languages: {total / (2 * Zh.Length):0} µs");
        return 0;
    }

    private static double Percentile(double[] values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
    }

    private sealed class Timing(int interviews)
    {
        public double[] Engine { get; } = new double[interviews];

        public double[] Json { get; } = new double[interviews];

        public long Bytes { get; set; }

        public int Count { get; set; }
    }

    private static void Interview(InterviewEngine engine, AdaptiveCardRenderer renderer, (string Text, string[]? Tap)[] script, string locale, Timing[]? timings)
    {
        var state = new InterviewState();
        var language = Languages.FromLocale(locale)!.Value;
        for (var step = 0; step < script.Length; step++)
        {
            var (text, tap) = script[step];
            Dictionary<string, string>? data = tap is null ? null : new() { [tap[0]] = tap[1], [tap[2]] = tap[3] };
            var turn = new UserTurn(text.Length == 0 ? null : text, data, language);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var outcome = engine.Handle(state, turn);
            var handled = Stopwatch.GetTimestamp();
            foreach (var view in outcome.Views)
            {
                if (renderer.Render(view, language) is RenderedCard card)
                {
                    _ = AdaptiveCardJson.Serialize(card.Card);
                }
            }

            var written = Stopwatch.GetTimestamp();
            if (timings?[step] is { } timing)
            {
                timing.Engine[timing.Count] = Stopwatch.GetElapsedTime(started, handled).TotalMicroseconds;
                timing.Json[timing.Count] = Stopwatch.GetElapsedTime(handled, written).TotalMicroseconds;
                timing.Bytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
                timing.Count++;
            }
        }
    }
}
