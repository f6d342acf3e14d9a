namespace CareerBot.Domain.Analysis;

/// <summary>
/// A fact question's answer as understood from free text: the canonical value (docs/domain.md's choice values —
/// "module", "lead", "builder"…; for <c>experience</c> the years as an invariant number, "2.5"), and the fragment of
/// the text it came from.
/// </summary>
public sealed record FactReading(string QuestionId, string Value, string Fragment);
