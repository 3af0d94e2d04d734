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
        var trimmed = InlineCode.UnwrapSpan(text).Trim().TrimEnd(".,;");
        // "Track A" is A: the word, blanks, then one word and nothing after it.
        if (AfterTrackWord(trimmed) is { Length: > 0 } rest && rest.IndexOfAny(Whitespace) < 0)
        {
            return rest.ToString();
        }
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>Splits "Track A: Assignee Filter" into its id and title.</summary>
    public static (string Id, string Title) FromHeading(string heading)
    {
        // "Track A: Title" and "Track A（担当: coder-a）": the id ends at a blank, a colon or a parenthesis.
        var rest = AfterTrackWord(heading.AsSpan().Trim());
        var idLength = rest.IndexOfAny(IdEnd);
        idLength = idLength < 0 ? rest.Length : idLength;
        if (idLength > 0)
        {
            var title = rest[idLength..].TrimStart();
            if (title.Length > 0 && title[0] is ':' or '：')
            {
                title = title[1..];
            }
            return (rest[..idLength].ToString(), title.Trim().ToString());
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

    // Read by hand, not by a regular expression: every track of a feature list of 60,000 is named through these,
    // and a Match with its groups per track was a tenth of what reading such a list allocated.
    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(
        " \t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    private static readonly System.Buffers.SearchValues<char> IdEnd = System.Buffers.SearchValues.Create(
        " \t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000:：(（");

    /// <summary>What follows "track" and at least one blank at the start of <paramref name="text"/>, else empty.</summary>
    private static ReadOnlySpan<char> AfterTrackWord(ReadOnlySpan<char> text)
    {
        if (text.Length < 6 || !text.StartsWith("track", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(text[5]))
        {
            return [];
        }
        return text[5..].TrimStart();
    }

    [GeneratedRegex(@"\btrack\s+([A-Za-z0-9][A-Za-z0-9_-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
