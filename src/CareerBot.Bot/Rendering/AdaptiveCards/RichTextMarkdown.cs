using System.Text;
using CareerBot.Domain.Views;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>
/// <see cref="RichText"/> as the markdown Bot Framework channels render in a message's text (and Adaptive Cards in a
/// TextBlock): paragraphs apart by a blank line, list items as "- " lines, emphasis in bold. Every run's text is
/// escaped (<see cref="MarkdownText.Escape(string)"/>), so only the structure formats.
/// </summary>
public static class RichTextMarkdown
{
    public static string Write(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var block in text.Blocks)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            switch (block)
            {
                case Paragraph paragraph:
                    WriteRuns(paragraph.Runs, builder);
                    break;
                case BulletList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        builder.Append(i == 0 ? "- " : "\n- ");
                        WriteRuns(list.Items[i], builder);
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(text), block, "Unknown rich text block.");
            }
        }

        return builder.ToString();
    }

    private static void WriteRuns(IReadOnlyList<Run> runs, StringBuilder builder)
    {
        foreach (var run in runs)
        {
            var escaped = MarkdownText.Escape(run.Text);
            switch (run)
            {
                case PlainRun:
                    builder.Append(escaped);
                    break;
                case EmphasisRun:
                    builder.Append("**").Append(escaped).Append("**");
                    break;
                case LinkRun link:
                    builder.Append('[').Append(escaped).Append("](").Append(link.Url.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)).Append(')');
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(runs), run, "Unknown rich text run.");
            }
        }
    }
}
