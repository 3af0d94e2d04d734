using System.Text.RegularExpressions;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>How a track is named: "Track A", "A", "`Track A`" all name track A; ids compare ignoring case.</summary>
public static partial class TrackIds
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    public static string Normalize(string text)
    {
        var trimmed = InlineCode.Unwrap(text).Trim().TrimEnd('.', ',', ';');
        var match = TrackPrefix().Match(trimmed);
        return match.Success ? match.Groups[1].Value : trimmed;
    }

    /// <summary>Splits "Track A: Assignee Filter" into its id and title.</summary>
    public static (string Id, string Title) FromHeading(string heading)
    {
        var match = HeadingPattern().Match(heading.Trim());
        if (match.Success)
        {
            return (match.Groups[1].Value, match.Groups[2].Value.Trim());
        }
        var colon = heading.IndexOfAny([':', '：']);
        return colon > 0 ? (heading[..colon].Trim(), heading[(colon + 1)..].Trim()) : (heading.Trim(), "");
    }

    /// <summary>Every "Track X" mentioned in a line of prose, in order.</summary>
    public static IEnumerable<TextValue> MentionsIn(TextValue value)
    {
        foreach (Match match in Mention().Matches(value.Text))
        {
            yield return new TextValue(match.Groups[1].Value, value.Location with { Column = value.Location.Column + match.Index });
        }
    }

    [GeneratedRegex(@"^track\s+(\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrackPrefix();

    // The id ends at a blank, a colon or a parenthesis: "Track A（担当: coder-a）" is track A.
    [GeneratedRegex(@"^track\s+([^\s:：(（]+)\s*[:：]?\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"\btrack\s+([A-Za-z0-9][A-Za-z0-9_-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
