namespace Harness.Core.Text;

/// <summary>
/// Headings and field labels match case-insensitively, ignoring surrounding whitespace and backticks
/// (the contract's reading rules); this is the one place that says how.
/// </summary>
public static class Labels
{
    public static string Normalize(string label)
    {
        var trimmed = label.AsSpan().Trim().Trim('`').Trim().TrimEnd(':').Trim();
        // Most labels are already single-spaced: lint normalizes every heading and field, so skip the rebuild then.
        var collapsed = HasWhitespaceToCollapse(trimmed)
            ? CollapseWhitespace(trimmed.ToString())
            : trimmed.Length == label.Length ? label : trimmed.ToString();
        return collapsed.ToLowerInvariant();
    }

    public static bool Matches(string label, string expected) =>
        string.Equals(Normalize(label), Normalize(expected), StringComparison.Ordinal);

    public static string CollapseWhitespace(string text)
    {
        var span = text.AsSpan();
        if (!HasWhitespaceToCollapse(span) && (span.Length == 0 || (!char.IsWhiteSpace(span[0]) && !char.IsWhiteSpace(span[^1]))))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
            }
            else
            {
                builder.Append(ch);
                lastWasSpace = false;
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>True when some whitespace is not a lone ' ' (a tab, a newline, or a run of blanks).</summary>
    private static bool HasWhitespaceToCollapse(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch) && (ch != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return true;
            }
        }
        return false;
    }
}
