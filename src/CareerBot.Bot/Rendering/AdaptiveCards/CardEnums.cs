using System.Text.Json.Serialization;

namespace CareerBot.Bot.Rendering.AdaptiveCards;

// Wire names follow the Adaptive Cards schema (which accepts any case) in the casing the official TypeScript
// types (@microsoft/teams.cards) declare, so a card passes both the JS renderer and the type check.

[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    [JsonStringEnumMemberName("None")] None,
    [JsonStringEnumMemberName("Small")] Small,
    [JsonStringEnumMemberName("Default")] Default,
    [JsonStringEnumMemberName("Medium")] Medium,
    [JsonStringEnumMemberName("Large")] Large,
    [JsonStringEnumMemberName("ExtraLarge")] ExtraLarge,
    [JsonStringEnumMemberName("Padding")] Padding,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    [JsonStringEnumMemberName("Default")] Default,
    [JsonStringEnumMemberName("Small")] Small,
    [JsonStringEnumMemberName("Medium")] Medium,
    [JsonStringEnumMemberName("Large")] Large,
    [JsonStringEnumMemberName("ExtraLarge")] ExtraLarge,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    [JsonStringEnumMemberName("Default")] Default,
    [JsonStringEnumMemberName("Lighter")] Lighter,
    [JsonStringEnumMemberName("Bolder")] Bolder,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    [JsonStringEnumMemberName("Default")] Default,
    [JsonStringEnumMemberName("Dark")] Dark,
    [JsonStringEnumMemberName("Light")] Light,
    [JsonStringEnumMemberName("Accent")] Accent,
    [JsonStringEnumMemberName("Good")] Good,
    [JsonStringEnumMemberName("Warning")] Warning,
    [JsonStringEnumMemberName("Attention")] Attention,
}

[JsonConverter(typeof(JsonStringEnumConverter<FontType>))]
public enum FontType
{
    [JsonStringEnumMemberName("Default")] Default,
    [JsonStringEnumMemberName("Monospace")] Monospace,
}

[JsonConverter(typeof(JsonStringEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    [JsonStringEnumMemberName("Left")] Left,
    [JsonStringEnumMemberName("Center")] Center,
    [JsonStringEnumMemberName("Right")] Right,
}

[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    [JsonStringEnumMemberName("Top")] Top,
    [JsonStringEnumMemberName("Center")] Center,
    [JsonStringEnumMemberName("Bottom")] Bottom,
}

/// <summary>TextBlock style (1.5): heading marks a heading for screen readers and styles it as one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("heading")] Heading,
}

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("emphasis")] Emphasis,
    [JsonStringEnumMemberName("good")] Good,
    [JsonStringEnumMemberName("attention")] Attention,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("accent")] Accent,
}

[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")] Default,
    [JsonStringEnumMemberName("positive")] Positive,
    [JsonStringEnumMemberName("destructive")] Destructive,
}

[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")] Compact,
    [JsonStringEnumMemberName("expanded")] Expanded,
}

[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")] Auto,
    [JsonStringEnumMemberName("none")] None,
}
