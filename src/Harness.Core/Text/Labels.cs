namespace Harness.Core.Text;

/// <summary>
/// Headings and field labels match case-insensitively, ignoring surrounding whitespace and backticks
/// (the contract's reading rules); this is the one place that says how.
/// </summary>
public static class Labels
{
    public static string Normalize(string label)
    {
        var trimmed = label.Trim().Trim('`').Trim();
        trimmed = trimmed.TrimEnd(':').Trim();
        return CollapseWhitespace(trimmed).ToLowerInvariant();
    }

    public static bool Matches(string label, string expected) =>
        string.Equals(Normalize(label), Normalize(expected), StringComparison.Ordinal);

    public static string CollapseWhitespace(string text)
    {
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
}
