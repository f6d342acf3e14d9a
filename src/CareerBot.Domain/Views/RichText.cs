namespace CareerBot.Domain.Views;

/// <summary>
/// Text with structure but no markup: paragraphs and bullet lists of <see cref="Run"/>s. Renderers write it in
/// their channel's format (markdown for Bot Framework, mrkdwn for Slack), escaping every run's text, so neither
/// content nor a user's words can add formatting.
/// </summary>
public sealed record RichText(IReadOnlyList<Block> Blocks)
{
    /// <summary>One paragraph of plain text.</summary>
    public static RichText Plain(string text) => new([new Paragraph([new PlainRun(text)])]);

    /// <summary>The text without styling, for surfaces that show no markup: paragraphs on their own lines, list items after "• ".</summary>
    public string ToPlainText() => string.Join('\n', Blocks.Select(block => block switch
    {
        Paragraph paragraph => string.Concat(paragraph.Runs.Select(r => r.Text)),
        BulletList list => string.Join('\n', list.Items.Select(item => "• " + string.Concat(item.Select(r => r.Text)))),
        _ => string.Empty,
    }));
}

/// <summary>A block of <see cref="RichText"/>: a <see cref="Paragraph"/> or a <see cref="BulletList"/>.</summary>
public abstract record Block;

public sealed record Paragraph(IReadOnlyList<Run> Runs) : Block;

/// <summary>A list whose items are each a line of runs.</summary>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Run>> Items) : Block;
