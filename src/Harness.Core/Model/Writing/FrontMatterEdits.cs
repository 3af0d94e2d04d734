namespace Harness.Core.Model.Writing;

/// <summary>
/// Sets top-level keys of a file's YAML front matter line by line, for <see cref="InPlaceEdit"/>: a key's line is
/// replaced, a missing key is added before the closing line, and every other line stays as written.
/// </summary>
public static class FrontMatterEdits
{
    /// <summary>
    /// Sets the keys when the file has front matter; false when it has none (none is added: the author's format
    /// is the author's) or when every key already holds its value.
    /// </summary>
    public static bool SetFrontMatter(this InPlaceEdit edit, IReadOnlyList<(string Key, string Value)> values)
    {
        var lines = Lines(edit.Text);
        if (lines.Count == 0 || lines[0].Content != "---")
        {
            return false;
        }
        var close = lines.FindIndex(1, l => l.Content is "---" or "...");
        if (close < 0)
        {
            throw new HarnessInputException(
                $"{edit.Path}:1: the front matter opened on line 1 never closes; end it with a line of --- and run the command again (nothing written)");
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
            changed |= edit.Replace(lines[index].Start, lines[index].Start + lines[index].Content.Length, $"{key}: {value}");
        }
        return edit.Insert(lines[close].Start, string.Concat(missing.Select(v => $"{v.Key}: {v.Value}{edit.NewLine}"))) | changed;
    }

    /// <summary>Sets the keys in the file's front matter, giving the file front matter first when it has none.</summary>
    public static bool SetOrAddFrontMatter(this InPlaceEdit edit, IReadOnlyList<(string Key, string Value)> values)
    {
        if (HasFrontMatter(edit.Text))
        {
            return edit.SetFrontMatter(values);
        }
        var nl = edit.NewLine;
        return edit.Insert(0, $"---{nl}{string.Concat(values.Select(v => $"{v.Key}: {v.Value}{nl}"))}---{nl}");
    }

    private static bool HasFrontMatter(string text) =>
        text is "---" or "---\r" || text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal);

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
