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
        if (text.IndexOf('`', StringComparison.Ordinal) < 0)
        {
            return [];
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
        var spans = Spans(trimmed);
        if (spans.Count == 1 && spans[0].Offset == 0 && trimmed.EndsWith('`'))
        {
            return spans[0].Code;
        }
        return trimmed;
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
