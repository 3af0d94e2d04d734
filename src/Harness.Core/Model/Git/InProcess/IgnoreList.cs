using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// One line of an ignore file, as git's dir.c reads it: '!' negates, a trailing '/' matches folders only, a pattern
/// with no other '/' matches a name at any depth, else it is anchored to its file's folder.
/// </summary>
internal sealed class IgnorePattern(byte[] pattern, bool negated, bool foldersOnly, bool nameOnly, string folder)
{
    private readonly byte[] _base = Encoding.UTF8.GetBytes(folder);

    // git compares the pattern's part before its first wildcard literally and wildmatches only the rest, so a
    // "**" right after that part counts as one that starts the pattern.
    private readonly int _literal = pattern.AsSpan().IndexOfAny("*?[\\"u8) is var i and >= 0 ? i : pattern.Length;

    public bool Negated { get; } = negated;

    /// <summary>Whether it matches <paramref name="path"/> (from the work tree's top); <paramref name="nameStart"/> is where its last name begins.</summary>
    public bool Matches(ReadOnlySpan<byte> path, int nameStart, bool isFolder)
    {
        if (foldersOnly && !isFolder)
        {
            return false;
        }
        if (nameOnly)
        {
            return WildMatch.Matches(pattern, path[nameStart..], pathname: false);
        }
        if (!path.StartsWith(_base))
        {
            return false;
        }
        var name = path[_base.Length..];
        if (_literal > name.Length || !name[.._literal].SequenceEqual(pattern.AsSpan(0, _literal)))
        {
            return false;
        }
        var rest = pattern.AsSpan(_literal);
        return rest.Length == 0 ? name.Length == _literal : WildMatch.Matches(rest, name[_literal..]);
    }
}

/// <summary>The patterns of one ignore file (a `.gitignore`, info/exclude, the global excludes file).</summary>
internal sealed class IgnoreList
{
    private readonly List<IgnorePattern> _patterns;

    private IgnoreList(List<IgnorePattern> patterns) => _patterns = patterns;

    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>Reads a file's lines; <paramref name="folder"/> is its folder from the top ("" or "a/b/").</summary>
    public static IgnoreList Parse(byte[] content, string folder)
    {
        var text = content.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) // a UTF-8 byte order mark, which git skips
        {
            text = text[3..];
        }
        var patterns = new List<IgnorePattern>();
        while (text.Length > 0)
        {
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (Pattern(TrimTrailingSpaces(line), folder) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }
        return new IgnoreList(patterns);
    }

    /// <summary>The verdict of the last line matching: true ignored, false re-included ('!'), null no line matches.</summary>
    public bool? Verdict(ReadOnlySpan<byte> path, int nameStart, bool isFolder)
    {
        for (var i = _patterns.Count - 1; i >= 0; i--)
        {
            if (_patterns[i].Matches(path, nameStart, isFolder))
            {
                return !_patterns[i].Negated;
            }
        }
        return null;
    }

    // Trailing spaces are cut unless the last is escaped with a backslash.
    private static ReadOnlySpan<byte> TrimTrailingSpaces(ReadOnlySpan<byte> line)
    {
        var keep = line.Length;
        var lastKept = line.Length;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ' ')
            {
                if (lastKept == line.Length)
                {
                    lastKept = i;
                }
                continue;
            }
            lastKept = line.Length;
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                i++;
            }
        }
        if (lastKept < keep)
        {
            keep = lastKept;
        }
        return line[..keep];
    }

    private static IgnorePattern? Pattern(ReadOnlySpan<byte> line, string folder)
    {
        var negated = false;
        if (line.Length > 0 && line[0] == '!')
        {
            negated = true;
            line = line[1..];
        }
        var foldersOnly = false;
        if (line.Length > 0 && line[^1] == '/')
        {
            foldersOnly = true;
            line = line[..^1];
        }
        if (line.Length == 0)
        {
            return null;
        }
        var nameOnly = line.IndexOf((byte)'/') < 0;
        if (!nameOnly && line[0] == '/')
        {
            line = line[1..];
        }
        return new IgnorePattern(line.ToArray(), negated, foldersOnly, nameOnly, folder);
    }
}
