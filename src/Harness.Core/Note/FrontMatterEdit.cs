namespace Harness.Core.Note;

/// <summary>
/// Sets top-level keys of a file's YAML front matter line by line (other lines untouched). A file without
/// front matter gets none: the author's format is the author's, and git dates such a note.
/// </summary>
internal static class FrontMatterEdit
{
    /// <summary>Sets the keys when the file has front matter; false (nothing to set) when it has none.</summary>
    public static bool Set(string path, string text, TextEdits edits, IReadOnlyList<(string Key, string Value)> values)
    {
        var nl = edits.NewLine;
        var lines = Lines(text);
        if (lines.Count == 0 || lines[0].Content != "---")
        {
            return false;
        }
        var close = lines.FindIndex(1, l => l.Content is "---" or "...");
        if (close < 0)
        {
            throw new HarnessInputException($"{path}:1: the front matter opened on line 1 never closes; end it with a line of --- and run harness note again");
        }
        var changed = false;
        var missing = new List<(string Key, string Value)>();
        foreach (var (key, value) in values)
        {
            var index = lines.FindIndex(1, close - 1, l => l.Content.StartsWith(key + ":", StringComparison.Ordinal));
            if (index < 0)
            {
                missing.Add((key, value));
                continue;
            }
            changed |= edits.Replace(lines[index].Start, lines[index].Start + lines[index].Content.Length, $"{key}: {value}");
        }
        return edits.Replace(lines[close].Start, lines[close].Start, string.Concat(missing.Select(v => $"{v.Key}: {v.Value}{nl}"))) | changed;
    }

    private static List<(int Start, string Content)> Lines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text[start..] : text[start..end];
            lines.Add((start, line.TrimEnd('\r')));
            if (end < 0)
            {
                break;
            }
            start = end + 1;
        }
        return lines;
    }
}
