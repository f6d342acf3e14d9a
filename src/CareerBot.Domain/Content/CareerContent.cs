using CareerBot.Domain.Analysis;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Ladders;
using CareerBot.Domain.Learning;
using CareerBot.Domain.Localization;

namespace CareerBot.Domain.Content;

/// <summary>
/// Everything an organisation customises, loaded once from the content folder: ladders, questions, learning catalog,
/// UI strings and the analysis vocabulary. Immutable and shared by every turn.
/// </summary>
public sealed class CareerContent
{
    public const string DefaultFolderName = "content";

    private CareerContent(Ladders.Ladders ladders, IReadOnlyList<Question> questions, LearningCatalog catalog, StringTable strings, Lexicon lexicon, CommandRecognizer commands)
    {
        Commands = commands;
        Ladders = ladders;
        Questions = questions;
        Catalog = catalog;
        Strings = strings;
        Lexicon = lexicon;
    }

    public Ladders.Ladders Ladders { get; }

    /// <summary>The interview's questions in the order they are asked.</summary>
    public IReadOnlyList<Question> Questions { get; }

    public LearningCatalog Catalog { get; }

    public StringTable Strings { get; }

    public Lexicon Lexicon { get; }

    /// <summary>The words that interrupt the interview (help, skip, …) in every language.</summary>
    public CommandRecognizer Commands { get; }

    public Question Question(string id) =>
        Questions.FirstOrDefault(q => q.Id == id) ?? throw new KeyNotFoundException($"No question '{id}' in questions.json.");

    /// <summary>The content folder that ships beside the running binary.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, DefaultFolderName);

    private static readonly Lazy<CareerContent> LazyDefault = new(() => Load(DefaultDirectory));

    /// <summary>The shipped content, loaded once per process.</summary>
    public static CareerContent Default => LazyDefault.Value;

    public static CareerContent Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Content folder '{directory}' does not exist.");
        }

        var ladders = ContentJson.Read<LaddersFile>(Path.Combine(directory, "ladders.json"));
        var questions = ContentJson.Read<QuestionsFile>(Path.Combine(directory, "questions.json"));
        var catalog = ContentJson.Read<CatalogFile>(Path.Combine(directory, "learning-catalog.json"));
        var strings = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(directory, "strings"), "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (key, text) in ContentJson.Read<Dictionary<string, LocalizedText>>(file))
            {
                if (!strings.TryAdd(key, text))
                {
                    throw new InvalidDataException($"UI string '{key}' is defined twice (again in {file}).");
                }
            }
        }

        var content = new CareerContent(
            new Ladders.Ladders(ladders.Professional.ToLadder(Track.Professional), ladders.Management.ToLadder(Track.Management)),
            questions.Questions.Select(q => new Question(q.Id, q.Kind, q.Prompt, q.Hint, q.Choices ?? [])).ToList(),
            new LearningCatalog(catalog.Stages.Select(s => new LearningStageInfo(s.Stage, s.Name, s.Summary, s.Resources))),
            new StringTable(strings),
            Lexicon.Load(directory),
            CommandRecognizer.Load(directory));
        content.Validate();
        return content;
    }

    /// <summary>Fails fast on content an organisation edited wrongly, naming what is missing.</summary>
    private void Validate()
    {
        var problems = new List<string>();
        foreach (var id in QuestionIds.Open.Concat(QuestionIds.Facts))
        {
            if (Questions.All(q => q.Id != id))
            {
                problems.Add($"questions.json lacks question '{id}'");
            }
        }

        foreach (var q in Questions)
        {
            if (!q.Prompt.IsComplete || !q.Hint.IsComplete || q.Choices.Any(c => !c.Label.IsComplete))
            {
                problems.Add($"question '{q.Id}' is not in every language");
            }
        }

        foreach (var ladder in new[] { Ladders.Professional, Ladders.Management })
        {
            if (ladder.Levels.Count == 0 || ladder.Levels.Any(l => !l.Title.IsComplete || !l.Expects.IsComplete))
            {
                problems.Add($"the {ladder.Track} ladder is empty or not in every language");
            }
        }

        if (Commands.Explained.Count == 0 || Commands.Explained.Any(c => !c.Say.IsComplete || !c.Does.IsComplete))
        {
            problems.Add("commands.json's explained commands are missing or not in every language");
        }

        foreach (var key in Strings.Keys)
        {
            if (Strings.Find(key) is { IsComplete: false })
            {
                problems.Add($"UI string '{key}' is not in every language");
            }
        }

        foreach (var stage in Enum.GetValues<LearningStage>())
        {
            var info = Catalog.Stages.FirstOrDefault(s => s.Stage == stage);
            if (info is null || info.Resources.Count < LearningCatalog.MinLinks)
            {
                problems.Add($"learning-catalog.json needs at least {LearningCatalog.MinLinks} resources for {stage}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid content: " + string.Join("; ", problems) + ".");
        }
    }

    private sealed record LaddersFile(LadderFile Professional, LadderFile Management);

    private sealed record LadderFile(LocalizedText Name, LocalizedText NextLevelFocus, IReadOnlyList<LadderLevel> Levels)
    {
        public Ladder ToLadder(Track track) => new(track, Name, NextLevelFocus, Levels.OrderBy(l => l.Level).ToList());
    }

    private sealed record QuestionsFile(IReadOnlyList<QuestionFile> Questions);

    private sealed record QuestionFile(string Id, QuestionKind Kind, LocalizedText Prompt, LocalizedText Hint, IReadOnlyList<Choice>? Choices);

    private sealed record CatalogFile(IReadOnlyList<StageFile> Stages);

    private sealed record StageFile(LearningStage Stage, LocalizedText Name, LocalizedText Summary, IReadOnlyList<LearningResource> Resources);
}
