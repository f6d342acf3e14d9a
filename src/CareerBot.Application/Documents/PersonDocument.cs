using CareerBot.Domain.People;

namespace CareerBot.Application.Documents;

/// <summary>What the bot keeps about one person, whichever conversation they use: their profile and history.</summary>
public sealed class PersonDocument
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public PersonProfile Profile { get; set; } = new();
}
