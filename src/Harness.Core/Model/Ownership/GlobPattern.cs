using Harness.Core.Model.Text;

namespace Harness.Core.Model.Ownership;

/// <summary>
/// An owned-file path or glob, matched against repo-relative paths with gitignore's meaning of `*` (any
/// characters but '/'), `?` (one character but '/'), `[...]` classes (ranges, `!` or `^` to negate), `**`
/// as a whole segment (any number of folders), a trailing '/' (a folder) and '\' escapes. Patterns are
/// anchored at the repo root, and a pattern that matches a folder owns everything inside it.
/// </summary>
public sealed class GlobPattern
{
    private readonly string[] _segments;
    private readonly bool _ignoreCase;

    public GlobPattern(string pattern, bool ignoreCase = false)
    {
        Text = pattern;
        _ignoreCase = ignoreCase;
        var normalized = pattern.Trim().Replace('\\', '/');
        // A backslash before a wildcard escapes it; keep those as escapes, not separators.
        normalized = RestoreEscapes(pattern.Trim(), normalized);
        normalized = normalized.TrimStart('/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }
        if (normalized.EndsWith('/'))
        {
            normalized += "**";
        }
        // "src", "**": every track's glob repeats the same few segments, and lint keeps every track's globs.
        _segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < _segments.Length; i++)
        {
            _segments[i] = SharedStrings.Share(_segments[i]);
        }
        IsLiteral = _segments.All(IsLiteralSegment);
        LiteralPrefix = string.Join('/', _segments.TakeWhile(IsLiteralSegment).Select(Unescape));
        if (IsLiteral)
        {
            LiteralPrefix = string.Join('/', _segments.Select(Unescape));
        }
        RequiredLiteral = IsLiteral ? "" : LongestRequiredRun(_segments.SkipWhile(IsLiteralSegment));
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>True when the pattern has no wildcard: a plain path.</summary>
    public bool IsLiteral { get; }

    /// <summary>The leading folders (or, for a literal, the whole path) that every match starts with.</summary>
    public string LiteralPrefix { get; }

    /// <summary>
    /// The longest run of plain characters in one wildcard segment (after the literal prefix): every path this
    /// pattern matches holds it within one segment (compared without case when the pattern ignores case).
    /// Empty when no segment has one (`src/**`, `*/*.?`); an index of many globs files them by it.
    /// </summary>
    public string RequiredLiteral { get; }

    /// <summary>True when <paramref name="path"/> or one of its folders matches.</summary>
    public bool Matches(string path) => Matches(path.Split('/', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when the path given as its non-empty segments, or one of its folders, matches.</summary>
    public bool Matches(string[] segments)
    {
        // A match of any leading part of the path is a match of the folder that holds the path.
        for (var length = segments.Length; length >= 1; length--)
        {
            if (MatchSegments(segments, length))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the path itself matches (not only a folder of it).</summary>
    public bool MatchesExactly(string path) =>
        MatchSegments(path.Split('/', StringSplitOptions.RemoveEmptyEntries), -1);

    private bool MatchSegments(string[] path, int length)
    {
        var count = length < 0 ? path.Length : length;
        // Iterative matching with one backtrack point for the last `**`, as for `*` within a segment.
        int p = 0, s = 0, starP = -1, starS = -1;
        while (s < count)
        {
            if (p < _segments.Length && _segments[p] == "**")
            {
                starP = p++;
                starS = s;
            }
            else if (p < _segments.Length && MatchSegment(_segments[p], path[s]))
            {
                p++;
                s++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }
        while (p < _segments.Length && _segments[p] == "**")
        {
            p++;
        }
        return p == _segments.Length;
    }

    private bool MatchSegment(string pattern, string text)
    {
        int p = 0, t = 0, starP = -1, starT = -1;
        while (t < text.Length)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '*')
                {
                    while (p < pattern.Length && pattern[p] == '*')
                    {
                        p++;
                    }
                    starP = p;
                    starT = t;
                    continue;
                }
                if (c == '?')
                {
                    p++;
                    t++;
                    continue;
                }
                if (c == '[' && TryMatchClass(pattern, p, text[t], out var next, out var matched))
                {
                    if (matched)
                    {
                        p = next;
                        t++;
                        continue;
                    }
                }
                else
                {
                    if (c == '\\' && p + 1 < pattern.Length)
                    {
                        p++;
                        c = pattern[p];
                    }
                    if (Same(c, text[t]))
                    {
                        p++;
                        t++;
                        continue;
                    }
                }
            }
            if (starP < 0)
            {
                return false;
            }
            p = starP;
            t = ++starT;
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }

    /// <summary>Matches a `[...]` class at <paramref name="start"/>; false when the bracket does not close (then it is literal).</summary>
    private bool TryMatchClass(string pattern, int start, char ch, out int next, out bool matched)
    {
        next = start;
        matched = false;
        var i = start + 1;
        var negate = i < pattern.Length && (pattern[i] == '!' || pattern[i] == '^');
        if (negate)
        {
            i++;
        }
        var first = true;
        var any = false;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            first = false;
            var low = pattern[i];
            if (low == '\\' && i + 1 < pattern.Length)
            {
                low = pattern[++i];
            }
            var high = low;
            if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
            {
                high = pattern[i + 2];
                i += 2;
            }
            if (InRange(ch, low, high))
            {
                any = true;
            }
            i++;
        }
        if (i >= pattern.Length)
        {
            return false;
        }
        next = i + 1;
        matched = any != negate && ch != '/';
        return true;
    }

    private bool InRange(char ch, char low, char high)
    {
        if (ch >= low && ch <= high)
        {
            return true;
        }
        if (!_ignoreCase)
        {
            return false;
        }
        var lower = char.ToLowerInvariant(ch);
        var upper = char.ToUpperInvariant(ch);
        return (lower >= low && lower <= high) || (upper >= low && upper <= high);
    }

    private bool Same(char a, char b) =>
        a == b || (_ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b));

    private static string LongestRequiredRun(IEnumerable<string> segments)
    {
        var longest = "";
        foreach (var segment in segments)
        {
            if (segment == "**")
            {
                continue;
            }
            var start = 0;
            for (var i = 0; i <= segment.Length; i++)
            {
                var end = i == segment.Length || segment[i] is '*' or '?' or '[' or '\\';
                if (!end)
                {
                    continue;
                }
                if (i - start > longest.Length)
                {
                    longest = segment[start..i];
                }
                // After a class the rest of the segment is not searched: its brackets have rules of their own.
                if (i < segment.Length && segment[i] == '[')
                {
                    break;
                }
                // An escaped character matches itself, but the run ends before it; simpler than unescaping.
                start = i < segment.Length && segment[i] == '\\' ? i + 2 : i + 1;
                i = start - 1;
            }
        }
        return longest;
    }

    private static bool IsLiteralSegment(string segment)
    {
        for (var i = 0; i < segment.Length; i++)
        {
            switch (segment[i])
            {
                case '\\':
                    i++;
                    break;
                case '*' or '?' or '[':
                    return false;
            }
        }
        return true;
    }

    private static string Unescape(string segment) =>
        segment.Contains('\\', StringComparison.Ordinal)
            ? string.Concat(segment.Where((c, i) => c != '\\' || (i > 0 && segment[i - 1] == '\\')))
            : segment;

    private static string RestoreEscapes(string original, string slashed)
    {
        var chars = slashed.ToCharArray();
        for (var i = 0; i + 1 < original.Length; i++)
        {
            if (original[i] == '\\' && original[i + 1] is '*' or '?' or '[' or ']' or '\\')
            {
                chars[i] = '\\';
            }
        }
        return new string(chars);
    }
}
