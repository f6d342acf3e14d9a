namespace CareerBot.Domain.Views;

/// <summary>A piece of text in one style. The text is literal: a renderer escapes whatever its format would read.</summary>
public abstract record Run(string Text)
{
    /// <summary>
    /// A content string as runs: the text between placeholders is plain, and each {name} becomes the run given for
    /// it (an emphasised word, a user's own words), so a template decides the order and the view the styling.
    /// </summary>
    public static IReadOnlyList<Run> Fill(string template, params (string Name, Run Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var runs = new List<Run>();
        var start = 0;
        while (start < template.Length)
        {
            var (at, value) = NextPlaceholder(template, start, values);
            if (value is null)
            {
                runs.Add(new PlainRun(template[start..]));
                break;
            }

            if (at > start)
            {
                runs.Add(new PlainRun(template[start..at]));
            }

            runs.Add(value.Value.Value);
            start = at + value.Value.Name.Length + 2;
        }

        return runs;
    }

    private static (int At, (string Name, Run Value)? Value) NextPlaceholder(string template, int start, (string Name, Run Value)[] values)
    {
        (int At, (string Name, Run Value)? Value) next = (template.Length, null);
        foreach (var value in values)
        {
            var at = template.IndexOf("{" + value.Name + "}", start, StringComparison.Ordinal);
            if (at >= 0 && at < next.At)
            {
                next = (at, value);
            }
        }

        return next;
    }
}

public sealed record PlainRun(string Text) : Run(Text);

/// <summary>Text the reader should notice first (a renderer makes it bold).</summary>
public sealed record EmphasisRun(string Text) : Run(Text);

/// <summary>Text that opens <see cref="Url"/>.</summary>
public sealed record LinkRun(string Text, Uri Url) : Run(Text);
