namespace CareerBot.Domain.Analysis;

/// <summary>The analysis vocabulary (content/lexicon*.json). PLACEHOLDER: replaced by the analysis work.</summary>
public sealed class Lexicon
{
    public static Lexicon Load(string contentDirectory) => new();
}
