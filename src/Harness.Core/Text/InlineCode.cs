namespace Harness.Core.Text;

/// <summary>Finds backticked spans (`code`) in a line of Markdown source.</summary>
public static class InlineCode
{
    /// <summary>Every backticked span of <paramref name="text"/>, with its offset (of the opening backtick).</summary>
    public static IReadOnlyList<(string Code, int Offset)> Spans(string text)
    {
        var result = new List<(string, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var runStart = i;
            while (i < text.Length && text[i] == '`')
            {
                i++;
            }
            var runLength = i - runStart;
            var close = FindClosingRun(text, i, runLength);
            if (close < 0)
            {
                continue;
            }
            var code = text.Substring(i, close - i).Trim();
            result.Add((code, runStart));
            i = close + runLength;
        }
        return result;
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

    private static int FindClosingRun(string text, int from, int runLength)
    {
        var i = from;
        while (i < text.Length)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] == '`')
            {
                i++;
            }
            if (i - start == runLength)
            {
                return start;
            }
        }
        return -1;
    }
}
