namespace Harness.Core.Model.Text;

/// <summary>Finds backticked spans (`code`) in a line of Markdown source.</summary>
public static class InlineCode
{
    /// <summary>
    /// Every backticked span of <paramref name="text"/>, with its offset (of the opening backtick). A span opens at a
    /// run of backticks and closes at the next run of the same length (CommonMark); an opening run with no closing
    /// run is text. Linear in the length of the line: the backtick runs are found once, and each run knows the next
    /// run of its length, so a line of runs of every length (`` ` `` … ```` ``` ````) costs no rescan per run.
    /// </summary>
    public static IReadOnlyList<(string Code, int Offset)> Spans(string text)
    {
        var first = text.IndexOf('`', StringComparison.Ordinal);
        if (first < 0)
        {
            return [];
        }
        // Most values hold one span of single backticks (`src/a.py`, `make test`): no run table for them.
        var second = text.IndexOf('`', first + 1);
        if (second > first + 1 && text.IndexOf('`', second + 1) < 0)
        {
            return [(text[(first + 1)..second].Trim(), first)];
        }
        var runs = Runs(text);
        var nextOfSameLength = NextOfSameLength(runs);
        var result = new List<(string, int)>();
        var run = 0;
        while (run < runs.Count)
        {
            var close = nextOfSameLength[run];
            if (close < 0)
            {
                run++;
                continue;
            }
            var (start, length) = runs[run];
            var codeStart = start + length;
            result.Add((text[codeStart..runs[close].Start].Trim(), start));
            run = close + 1;
        }
        return result;
    }

    /// <summary>Runs a line has before a lookup table pays: a value such as `src/a.py` has two.</summary>
    private const int FewRuns = 8;

    /// <summary>For each run, the index of the next run of the same length, or -1.</summary>
    private static int[] NextOfSameLength(List<(int Start, int Length)> runs)
    {
        var next = new int[runs.Count];
        if (runs.Count <= FewRuns)
        {
            // A field value has a run or two: a scan costs less than a dictionary per value (60,000 tracks ask).
            for (var k = 0; k < runs.Count; k++)
            {
                next[k] = -1;
                for (var j = k + 1; j < runs.Count; j++)
                {
                    if (runs[j].Length == runs[k].Length)
                    {
                        next[k] = j;
                        break;
                    }
                }
            }
            return next;
        }
        var seen = new Dictionary<int, int>();
        for (var k = runs.Count - 1; k >= 0; k--)
        {
            next[k] = seen.GetValueOrDefault(runs[k].Length, -1);
            seen[runs[k].Length] = k;
        }
        return next;
    }

    /// <summary>The text with backticks around whole-value code removed: "`a.py`" becomes "a.py".</summary>
    public static string Unwrap(string text)
    {
        var trimmed = text.Trim();
        if (TryWholeSimpleSpan(trimmed, out var code))
        {
            return code.Length == trimmed.Length ? trimmed : code.ToString();
        }
        var spans = Spans(trimmed);
        if (spans.Count == 1 && spans[0].Offset == 0 && trimmed.EndsWith('`'))
        {
            return spans[0].Code;
        }
        return trimmed;
    }

    /// <summary>What <see cref="Unwrap"/> gives, as a span of the text where it can be (no copy for the usual forms).</summary>
    public static ReadOnlySpan<char> UnwrapSpan(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (TryWholeSimpleSpan(trimmed, out var code))
        {
            return code;
        }
        return trimmed.Contains('`') ? Unwrap(text).AsSpan() : trimmed;
    }

    /// <summary>
    /// The code of a value that is one span with no other backtick inside (`` `src/a.py` ``, the form nearly every
    /// path and id takes), as <see cref="Spans"/> reads it, without its lists: every field value of every track is
    /// unwrapped.
    /// </summary>
    private static bool TryWholeSimpleSpan(ReadOnlySpan<char> trimmed, out ReadOnlySpan<char> code)
    {
        code = default;
        var fence = trimmed.Length - trimmed.TrimStart('`').Length;
        if (fence == 0 || trimmed.Length <= 2 * fence)
        {
            return false;
        }
        var inner = trimmed[fence..^fence];
        if (inner.Contains('`') || !trimmed[^fence..].SequenceEqual(trimmed[..fence]))
        {
            return false;
        }
        code = inner.Trim();
        return true;
    }

    private static List<(int Start, int Length)> Runs(string text)
    {
        var runs = new List<(int, int)>();
        var i = text.IndexOf('`', StringComparison.Ordinal);
        while (i >= 0 && i < text.Length)
        {
            var start = i;
            while (i < text.Length && text[i] == '`')
            {
                i++;
            }
            runs.Add((start, i - start));
            i = i < text.Length ? text.IndexOf('`', i) : -1;
        }
        return runs;
    }
}
