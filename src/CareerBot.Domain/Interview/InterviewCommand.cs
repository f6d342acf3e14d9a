using System.Globalization;
using System.Text;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;

namespace CareerBot.Domain.Interview;

public enum CommandKind
{
    Start,
    Restart,
    Help,
    Skip,
    Back,
    Cancel,
    SwitchLanguage,
    ShowResult,
    Correct,

    /// <summary>"My data": what the bot keeps about the person (still to come: said so, never taken as an answer).</summary>
    MyData,

    /// <summary>"1:1 prep @someone": a manager's 1:1 preparation (still to come: said so, never taken as an answer).</summary>
    Prep,

    /// <summary>A card asks how it should look now (data only; see <see cref="ActionData.Commands.Refresh"/>).</summary>
    RefreshCard,

    /// <summary>The result card's evidence view, or back (data only).</summary>
    ShowEvidence,
    HideEvidence,
}

/// <summary>An interruption the user can make at any step; <see cref="Language"/> is set for a language switch.</summary>
public sealed record InterviewCommand(CommandKind Kind, Language? Language = null);

/// <summary>One line of the help's command list: what to say, and what it does.</summary>
public sealed record CommandExplanation(LocalizedText Say, LocalizedText Does);

/// <summary>
/// Recognises commands in typed text (content/commands.json) and in card taps (<see cref="ActionData"/>), so every
/// step of the interview handles interruptions the same way.
/// </summary>
public sealed class CommandRecognizer
{
    private readonly Dictionary<string, InterviewCommand> _byWord;

    /// <summary>Commands that take words after them ("1:1 prep @Alice"), by their words and a space.</summary>
    private readonly IReadOnlyList<(string Prefix, InterviewCommand Command)> _byPrefix;

    private CommandRecognizer(Dictionary<string, InterviewCommand> byWord, IReadOnlyList<(string Prefix, InterviewCommand Command)> byPrefix, IReadOnlyList<CommandExplanation> explained)
    {
        _byWord = byWord;
        _byPrefix = byPrefix;
        Explained = explained;
    }

    /// <summary>The commands the help message lists, in its order.</summary>
    public IReadOnlyList<CommandExplanation> Explained { get; }

    public static CommandRecognizer Load(string contentDirectory)
    {
        var file = ContentJson.Read<CommandsFile>(Path.Combine(contentDirectory, "commands.json"));
        var byWord = new Dictionary<string, InterviewCommand>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, InterviewCommand command)
        {
            foreach (var word in words)
            {
                byWord[Normalize(word)] = command;
            }
        }

        Add(file.Start, new(CommandKind.Start));
        Add(file.Restart, new(CommandKind.Restart));
        Add(file.Help, new(CommandKind.Help));
        Add(file.Skip, new(CommandKind.Skip));
        Add(file.Back, new(CommandKind.Back));
        Add(file.Cancel, new(CommandKind.Cancel));
        Add(file.Result, new(CommandKind.ShowResult));
        Add(file.MyData, new(CommandKind.MyData));
        Add(file.Prep, new(CommandKind.Prep));
        var prefixes = file.Prep.Select(Normalize).Select(word => (word + " ", new InterviewCommand(CommandKind.Prep))).ToList();
        foreach (var (tag, words) in file.Language)
        {
            var language = Languages.FromLocale(tag) ?? throw new InvalidDataException($"commands.json: unknown language '{tag}'.");
            Add(words, new(CommandKind.SwitchLanguage, language));
        }

        return new CommandRecognizer(byWord, prefixes, file.Explained);
    }

    public InterviewCommand? Recognize(UserTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var tapped = turn.DataValue(ActionData.Command);
        if (tapped is not null)
        {
            return tapped switch
            {
                ActionData.Commands.Start => new(CommandKind.Start),
                ActionData.Commands.Restart => new(CommandKind.Restart),
                ActionData.Commands.Help => new(CommandKind.Help),
                ActionData.Commands.Skip => new(CommandKind.Skip),
                ActionData.Commands.Back => new(CommandKind.Back),
                ActionData.Commands.Cancel => new(CommandKind.Cancel),
                ActionData.Commands.Correct => new(CommandKind.Correct),
                ActionData.Commands.Refresh => new(CommandKind.RefreshCard),
                ActionData.Commands.ShowEvidence => new(CommandKind.ShowEvidence),
                ActionData.Commands.HideEvidence => new(CommandKind.HideEvidence),
                ActionData.Commands.Language when Languages.FromLocale(turn.DataValue(ActionData.Language)) is { } language =>
                    new(CommandKind.SwitchLanguage, language),
                _ => null,
            };
        }

        if (turn.Text is null)
        {
            return null;
        }

        var said = Normalize(turn.Text);
        return _byWord.GetValueOrDefault(said) ?? _byPrefix.FirstOrDefault(p => said.StartsWith(p.Prefix, StringComparison.Ordinal)).Command;
    }

    /// <summary>Lower case, inner spaces folded, surrounding punctuation dropped: "  Skip! " and "skip" are one word.</summary>
    private static string Normalize(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!', '。', '！', '~', '～').Trim();
        if (trimmed is "?" or "？")
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        var lastWasSpace = false;
        foreach (var c in trimmed.ToLower(CultureInfo.InvariantCulture))
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !lastWasSpace)
            {
                builder.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString();
    }

    private sealed record CommandsFile(
        IReadOnlyList<string> Start,
        IReadOnlyList<string> Restart,
        IReadOnlyList<string> Help,
        IReadOnlyList<string> Skip,
        IReadOnlyList<string> Back,
        IReadOnlyList<string> Cancel,
        IReadOnlyList<string> Result,
        IReadOnlyList<string> MyData,
        IReadOnlyList<string> Prep,
        IReadOnlyDictionary<string, IReadOnlyList<string>> Language,
        IReadOnlyList<CommandExplanation> Explained);
}
