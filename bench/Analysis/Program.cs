using System.Diagnostics;
using BenchmarkDotNet.Running;
using CareerBot.Bench.Analysis;

if (args.Contains("--latency"))
{
    // Single calls timed one by one: the percentiles of one interview's analysis as a chat turn sees it.
    return Latency.Run(iterations: CountAfter("--latency", 20_000));
}

if (args.Contains("--turns"))
{
    // Each step of the load bench's interview on its own: which turns are the heavy ones, and why.
    return TurnCost.Run(interviews: CountAfter("--turns", 2_000));
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzeBenchmarks).Assembly).Run(args);
return 0;

// The positive number after a mode's flag ("--turns 500"), or the mode's default.
int CountAfter(string flag, int fallback) =>
    args.SkipWhile(a => a != flag).Skip(1).Take(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault() is var count and > 0 ? count : fallback;

internal static class Latency
{
    public static int Run(int iterations)
    {
        var start = Stopwatch.GetTimestamp();
        var analyzer = Interviews.CreateAnalyzer();
        var startup = Stopwatch.GetElapsedTime(start);
        Console.WriteLine($"start-up (content + lexicon load, regexes interpreted until hot, cold JIT): {startup.TotalMilliseconds:0.0} ms");

        var first = Stopwatch.GetTimestamp();
        analyzer.Analyze(Interviews.All[Interviews.Names[0]]);
        Console.WriteLine($"first analysis (cold: JIT of the analyzer): {Stopwatch.GetElapsedTime(first).TotalMilliseconds:0.00} ms");

        // Steady state, as in a long-running bot: tiered compilation recompiles hot methods in the background for a
        // while after start, and a measurement taken meanwhile shows a tier-0 tail (seen here: zh p99 1.4-1.9 ms
        // with a 500-call warm-up, 0.7 ms with tiering off). So every interview runs for 3 seconds before any is timed.
        var warming = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warming) < TimeSpan.FromSeconds(3))
        {
            foreach (var name in Interviews.Names)
            {
                analyzer.Analyze(Interviews.All[name]);
            }
        }

        foreach (var name in Interviews.Names)
        {
            var answers = Interviews.All[name];

            var times = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                var t = Stopwatch.GetTimestamp();
                analyzer.Analyze(answers);
                times[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            }

            Array.Sort(times);
            double P(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
            Console.WriteLine($"{name,-10} n={iterations} mean={times.Average(),7:0.0} us  p50={P(0.50),7:0.0} us  p99={P(0.99),7:0.0} us  p99.9={P(0.999),7:0.0} us  max={times[^1],8:0.0} us");
        }

        return 0;
    }
}
