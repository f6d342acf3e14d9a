using System.Text.Json.Serialization;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

/// <summary>An element of a card body or container. The JSON "type" discriminator is written first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }
}

/// <summary>
/// Text. Clients render a markdown subset in <see cref="Text"/>: pass user-supplied text through
/// <see cref="MarkdownText.Escape(string)"/> first.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public TextBlockStyle? Style { get; init; }

    public FontType? FontType { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>Text in runs of different formatting. A <see cref="TextRun"/>'s text is never read as markdown.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>One run of a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }

    public FontType? FontType { get; init; }
}

/// <summary>Groups items; a style paints its background.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public string? MinHeight { get; init; }
}

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>One column of a <see cref="ColumnSet"/>. <see cref="Width"/> is "auto", "stretch", a weight ("2") or pixels ("50px").</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-2)]
    public string Type { get; } = "Column";

    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    public bool? Bleed { get; init; }
}

/// <summary>Well-known <see cref="Column.Width"/> values.</summary>
public static class ColumnWidth
{
    public const string Auto = "auto";
    public const string Stretch = "stretch";

    /// <summary>A relative weight: columns share the width in proportion.</summary>
    public static string Weight(int weight) =>
        weight > 0 ? weight.ToString(System.Globalization.CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(weight));

    public static string Pixels(int pixels) =>
        pixels > 0 ? pixels.ToString(System.Globalization.CultureInfo.InvariantCulture) + "px" : throw new ArgumentOutOfRangeException(nameof(pixels));
}

/// <summary>Title/value pairs.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);

/// <summary>Actions inside the body (e.g. links), so card-level actions stay few.</summary>
public sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : CardElement;

/// <summary>Input.ChoiceSet: the client submits the chosen value under <see cref="CardElement.Id"/>.</summary>
public sealed record ChoiceSetInput : CardElement
{
    public ChoiceSetInput(string id, IReadOnlyList<InputChoice> choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Choices = choices;
    }

    public IReadOnlyList<InputChoice> Choices { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    /// <summary>The preselected choice value.</summary>
    public string? Value { get; init; }

    public bool? IsMultiSelect { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

/// <summary>One choice of an <see cref="ChoiceSetInput"/>: what is shown, and what is submitted.</summary>
public sealed record InputChoice(string Title, string Value);
