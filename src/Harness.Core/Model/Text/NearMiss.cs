namespace Harness.Core.Model.Text;

/// <summary>
/// Whether a heading or label someone wrote is close to a name harness reads (`Next Steps`, `Nextstep`, `Open
/// Question` for `Next Step` and `Open Questions`; `Owners`, `Verify`, `Depends On` for `Owner`, `Verify
/// Signal`, `Dependencies`), so a missing section or field can point at what was probably meant.
/// </summary>
public static class NearMiss
{
    /// <summary>
    /// How far <paramref name="written"/> is from <paramref name="name"/> (both as <see cref="Labels.Key"/> gives
    /// them), or null when they are not close: their English words compared without spaces or punctuation by
    /// edit distance, or one's first word the start of the other's ("verify", "depends").
    /// </summary>
    public static int? Distance(string written, string name)
    {
        var a = Squash(WithoutRemark(written));
        var b = Squash(WithoutRemark(name));
        if (a.Length == 0 || b.Length == 0)
        {
            return null;
        }
        var distance = EditDistance(a, b);
        if (distance <= (b.Length >= 8 ? 2 : 1))
        {
            return distance;
        }
        var first = FirstWord(written);
        var other = FirstWord(name);
        var shorter = Math.Min(first.Length, other.Length);
        return shorter >= 4 && CommonPrefix(first, other) >= Math.Min(shorter, 5) ? distance : null;
    }

    /// <summary>The closest of <paramref name="candidates"/> to <paramref name="name"/>, or -1 when none is close.</summary>
    public static int Closest(IReadOnlyList<string> candidates, string name)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (Distance(candidates[i], name) is { } distance && distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>"next step (one package)" is "next step": a remark in parentheses says nothing of the name.</summary>
    private static string WithoutRemark(string key)
    {
        var open = key.AsSpan().IndexOfAny('(', '（');
        return open > 0 ? key[..open] : key;
    }

    private static string Squash(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }
        return builder.ToString();
    }

    private static string FirstWord(string key)
    {
        var start = 0;
        while (start < key.Length && !char.IsAsciiLetter(key[start]))
        {
            start++;
        }
        var end = start;
        while (end < key.Length && char.IsAsciiLetter(key[end]))
        {
            end++;
        }
        return key[start..end].ToLowerInvariant();
    }

    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }
        return length;
    }

    /// <summary>Levenshtein distance; names are a few words long, so the plain two-row table is enough.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
