namespace CareerBot.Domain.Ladders;

/// <summary>The two tracks of docs/domain.md: the specialist ladder (职级成长) and the leadership ladder (职业成长).</summary>
public enum Track
{
    Professional,
    Management,
}
