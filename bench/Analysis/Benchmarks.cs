using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;

namespace CareerBot.Bench.Analysis;

/// <summary>Representative interviews: Chinese, English, mixed, terse, and long several-facts answers.</summary>
public static class Interviews
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["zh"] = new Dictionary<string, string>
        {
            ["plan"] = "我现在是支付团队的leader，手下4个产品经理。接下来想继续走管理路线。",
            ["goal"] = "把团队带成公司里最能打的产品团队。",
            ["approach"] = "建立周会和复盘机制，平时用Kimi整理会议纪要，给每个人定成长计划。",
            ["threeYear"] = "三年内成为产品总监，管理多个团队。",
            ["experience"] = "做了六年半产品，之前做过两年开发",
            ["scope"] = "负责支付核心业务线",
            ["team"] = "带4个人",
            ["ai"] = "用大模型API做过智能客服的意图识别功能，已经上线",
        },
        ["en"] = new Dictionary<string, string>
        {
            ["plan"] = "I've been a PM since 2019 at a fintech. I own the lending business line and I'm not interested in managing people.",
            ["goal"] = "Make underwriting decisions explainable to regulators.",
            ["approach"] = "I helped design the agent + RAG architecture behind our underwriting assistant, live in production since spring.",
            ["threeYear"] = "In three years I'd like to be a Product Expert across all of lending.",
            ["experience"] = "a bit over seven years, before that four years as a data analyst",
            ["scope"] = "businessLine",
            ["team"] = "I don't lead or mentor anyone",
            ["ai"] = "architect",
        },
        ["mixed"] = new Dictionary<string, string>
        {
            ["plan"] = "目前是Senior PM，在做B2B SaaS，想往product expert方向走。",
            ["goal"] = "把onboarding做成行业标杆。",
            ["approach"] = "多和customer success聊，I prompt Claude for SQL every day。",
            ["threeYear"] = "3年后成为Principal PM，own the whole analytics module。",
            ["experience"] = "4年多",
            ["ai"] = "用过ChatGPT和Copilot",
        },
        ["terse"] = new Dictionary<string, string>
        {
            ["plan"] = "lead ppl",
            ["threeYear"] = "directer",
            ["experience"] = "3",
            ["team"] = "lead",
        },
    };

    public static readonly IReadOnlyList<string> Names = ["zh", "en", "mixed", "terse"];

    public static AnswerAnalyzer CreateAnalyzer() => new(CareerContent.Load(CareerContent.DefaultDirectory).Lexicon);
}

/// <summary>One full interview's analysis: the work of the last turn of an interview.</summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private AnswerAnalyzer _analyzer = null!;
    private IReadOnlyDictionary<string, string> _answers = null!;

    [ParamsSource(nameof(Names))]
    public string Interview { get; set; } = "";

    public static IEnumerable<string> Names => Interviews.Names;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = Interviews.CreateAnalyzer();
        _answers = Interviews.All[Interview];
    }

    [Benchmark]
    public Assessment Analyze() => _analyzer.Analyze(_answers);

    [Benchmark]
    public int FindFacts() => _analyzer.FindFacts(_answers).Count;
}

/// <summary>Start-up: what a process pays once before its first turn (all content files, the lexicon built; its regexes start interpreted).</summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private readonly string _content = CareerContent.DefaultDirectory;

    [Benchmark]
    public CareerContent LoadContent() => CareerContent.Load(_content);

    [Benchmark]
    public Lexicon LoadLexicon() => Lexicon.Load(_content);

    /// <summary>Lexicon load plus one analysis: the regexes are built and interpreted lazily on first use.</summary>
    [Benchmark]
    public Assessment LoadAndFirstAnalysis() => new AnswerAnalyzer(Lexicon.Load(_content)).Analyze(Interviews.All["zh"]);
}

/// <summary>A short job (a few minutes for everything) with median and p95/p99-ish columns.</summary>
public class Config : ManualConfig
{
    public Config()
    {
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
    }
}

/// <summary>A percentile of the iteration means (per-call percentiles: run with --latency).</summary>
public class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"{percentile}th percentile of the iteration means";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "-" : (statistics.Percentiles.Percentile(percentile) / 1000.0).ToString("0.000 us", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
