namespace CareerBot.Domain.Analysis;

/// <summary>Dropping matches that a longer match swallows, without copying the list when nothing is dropped.</summary>
internal static class Swallowed
{
    /// <summary>
    /// The items minus those some other item swallows, in order; the same list when none is (the usual case, on the
    /// hot path of every answer's matching).
    /// </summary>
    public static List<T> Without<T>(List<T> items, Func<T, T, bool> swallows)
    {
        List<T>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var swallowed = false;
            foreach (var other in items)
            {
                if (swallows(other, item))
                {
                    swallowed = true;
                    break;
                }
            }

            if (swallowed)
            {
                kept ??= items[..i];
            }
            else
            {
                kept?.Add(item);
            }
        }

        return kept ?? items;
    }
}
