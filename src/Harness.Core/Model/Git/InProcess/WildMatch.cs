namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// git's wildmatch with WM_PATHNAME over UTF-8 bytes (git matches bytes, so '?' is one byte): '*' and '?' stop at
/// '/', '**' between slashes (or at either end) crosses folders, '[...]' sets with ranges, '!'/'^' negation and
/// '[:class:]' names, '\' escapes. Without <c>pathname</c> every '*' crosses slashes (git's basename matching).
/// </summary>
internal static class WildMatch
{
    private enum Outcome { Match, NoMatch, AbortAll, AbortToDoubleStar }

    public static bool Matches(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> text, bool pathname = true) =>
        Match(pattern, 0, text, 0, pathname) == Outcome.Match;

    private static Outcome Match(ReadOnlySpan<byte> p, int pi, ReadOnlySpan<byte> t, int ti, bool pathname)
    {
        for (; pi < p.Length; pi++, ti++)
        {
            var pc = p[pi];
            if (ti >= t.Length && pc != '*')
            {
                return Outcome.AbortAll;
            }
            var tc = ti < t.Length ? t[ti] : (byte)0;
            switch (pc)
            {
                case (byte)'\\':
                    // A trailing backslash matches nothing: there is no character after it to compare.
                    pi++;
                    if (pi >= p.Length || tc != p[pi])
                    {
                        return Outcome.NoMatch;
                    }
                    continue;
                case (byte)'?':
                    if (pathname && tc == '/')
                    {
                        return Outcome.NoMatch;
                    }
                    continue;
                case (byte)'*':
                    var star = Star(p, ref pi, t, ref ti, pathname, out var decided);
                    if (decided is { } outcome)
                    {
                        return outcome;
                    }
                    if (star)
                    {
                        continue; // one '*' before '/': both sit on a slash, which the loop steps over
                    }
                    return Outcome.AbortAll;
                case (byte)'[':
                    if (Set(p, ref pi, tc, pathname) is { } setOutcome)
                    {
                        return setOutcome;
                    }
                    continue;
                default:
                    if (tc != pc)
                    {
                        return Outcome.NoMatch;
                    }
                    continue;
            }
        }
        return ti < t.Length ? Outcome.NoMatch : Outcome.Match;
    }

    /// <summary>
    /// A run of stars at p[pi]. Returns with <paramref name="decided"/> set when the match is settled; true when
    /// a single star ate one folder name and matching goes on at the slash; false only when nothing settles it.
    /// </summary>
    private static bool Star(ReadOnlySpan<byte> p, ref int pi, ReadOnlySpan<byte> t, ref int ti, bool pathname, out Outcome? decided)
    {
        decided = null;
        bool matchSlash;
        var start = pi;
        pi++;
        if (pi < p.Length && p[pi] == '*')
        {
            while (pi < p.Length && p[pi] == '*')
            {
                pi++;
            }
            if (!pathname)
            {
                matchSlash = true;
            }
            else if ((start == 0 || p[start - 1] == '/') &&
                     (pi >= p.Length || p[pi] == '/' || (p[pi] == '\\' && pi + 1 < p.Length && p[pi + 1] == '/')))
            {
                // "**/" may match no folder at all: "a/**/b" matches "a/b".
                if (pi < p.Length && p[pi] == '/' && Match(p, pi + 1, t, ti, pathname) == Outcome.Match)
                {
                    decided = Outcome.Match;
                    return false;
                }
                matchSlash = true;
            }
            else
            {
                matchSlash = false;
            }
        }
        else
        {
            matchSlash = !pathname;
        }
        if (pi >= p.Length)
        {
            decided = !matchSlash && t[ti..].IndexOf((byte)'/') >= 0 ? Outcome.NoMatch : Outcome.Match;
            return false;
        }
        if (!matchSlash && p[pi] == '/')
        {
            var slash = t[ti..].IndexOf((byte)'/');
            if (slash < 0)
            {
                decided = Outcome.NoMatch;
                return false;
            }
            ti += slash; // the loop's increment steps over this slash and the pattern's
            return true;
        }
        while (ti < t.Length)
        {
            var tc = t[ti];
            if (!IsSpecial(p[pi]))
            {
                // A literal after the star: skip ahead to its next occurrence (not past a slash the star cannot eat).
                var literal = p[pi];
                while (ti < t.Length && (matchSlash || t[ti] != '/') && t[ti] != literal)
                {
                    ti++;
                }
                if (ti >= t.Length || t[ti] != literal)
                {
                    decided = Outcome.NoMatch;
                    return false;
                }
                tc = t[ti];
            }
            var matched = Match(p, pi, t, ti, pathname);
            if (matched != Outcome.NoMatch)
            {
                if (!matchSlash || matched != Outcome.AbortToDoubleStar)
                {
                    decided = matched;
                    return false;
                }
            }
            else if (!matchSlash && tc == '/')
            {
                decided = Outcome.AbortToDoubleStar;
                return false;
            }
            ti++;
        }
        decided = Outcome.AbortAll;
        return false;
    }

    private static bool IsSpecial(byte c) => c is (byte)'*' or (byte)'?' or (byte)'[' or (byte)'\\';

    /// <summary>A bracket set at p[pi] against one byte; null when it matched and pi sits on its ']'.</summary>
    private static Outcome? Set(ReadOnlySpan<byte> p, ref int pi, byte tc, bool pathname)
    {
        var pc = At(p, ++pi);
        if (pc == '^')
        {
            pc = (byte)'!';
        }
        var negated = pc == '!';
        if (negated)
        {
            pc = At(p, ++pi);
        }
        byte previous = 0;
        var matched = false;
        do
        {
            if (pc == 0)
            {
                return Outcome.AbortAll;
            }
            if (pc == '\\')
            {
                pc = At(p, ++pi);
                if (pc == 0)
                {
                    return Outcome.AbortAll;
                }
                matched |= tc == pc;
            }
            else if (pc == '-' && previous != 0 && At(p, pi + 1) != 0 && At(p, pi + 1) != ']')
            {
                pc = At(p, ++pi);
                if (pc == '\\')
                {
                    pc = At(p, ++pi);
                    if (pc == 0)
                    {
                        return Outcome.AbortAll;
                    }
                }
                matched |= tc <= pc && tc >= previous;
                pc = 0; // a range ends: the next '-' starts no range
            }
            else if (pc == '[' && At(p, pi + 1) == ':')
            {
                var nameStart = pi + 2;
                var end = nameStart;
                while (At(p, end) is not 0 and not (byte)']')
                {
                    end++;
                }
                if (At(p, end) == 0)
                {
                    return Outcome.AbortAll;
                }
                if (end - nameStart - 1 < 0 || p[end - 1] != ':')
                {
                    // No ":]": the '[' is an ordinary member of the set.
                    matched |= tc == '[';
                }
                else
                {
                    var name = p[nameStart..(end - 1)];
                    if (ClassMatches(name, tc) is not { } inClass)
                    {
                        return Outcome.AbortAll;
                    }
                    matched |= inClass;
                    pi = end;
                    pc = 0;
                }
            }
            else
            {
                matched |= tc == pc;
            }
            previous = pc;
            pc = At(p, ++pi);
        }
        while (pc != ']');
        return matched == negated || (pathname && tc == '/') ? Outcome.NoMatch : null;
    }

    private static byte At(ReadOnlySpan<byte> p, int i) => i < p.Length ? p[i] : (byte)0;

    private static bool? ClassMatches(ReadOnlySpan<byte> name, byte c)
    {
        var ch = (char)c;
        var ascii = c < 128;
        return System.Text.Encoding.ASCII.GetString(name) switch
        {
            "alnum" => ascii && char.IsAsciiLetterOrDigit(ch),
            "alpha" => ascii && char.IsAsciiLetter(ch),
            "blank" => c is (byte)' ' or (byte)'\t',
            "cntrl" => c < 32 || c == 127,
            "digit" => char.IsAsciiDigit(ch),
            "graph" => c > 32 && c < 127,
            "lower" => char.IsAsciiLetterLower(ch),
            "print" => c >= 32 && c < 127,
            "punct" => c > 32 && c < 127 && !char.IsAsciiLetterOrDigit(ch),
            "space" => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r',
            "upper" => char.IsAsciiLetterUpper(ch),
            "xdigit" => char.IsAsciiHexDigit(ch),
            _ => null,
        };
    }
}
