namespace Harness.Core.Model.Ownership;

/// <summary>
/// Finds which of many globs match a path without testing every glob: globs are bucketed by their literal
/// leading folders, and a path only meets the globs filed under one of its own leading folders. Checking
/// N paths against M globs costs about N times the path depth, not N times M.
/// </summary>
public sealed class GlobIndex<T>
{
    private readonly Dictionary<string, List<(GlobPattern Glob, T Value)>> _byPrefix;
    private readonly Dictionary<string, List<(GlobPattern Glob, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly bool _ignoreCase;

    public GlobIndex(bool ignoreCase = false)
    {
        _ignoreCase = ignoreCase;
        _byPrefix = new Dictionary<string, List<(GlobPattern, T)>>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        // Looking prefixes up as spans of the path saves a substring a folder a path (guard looks up 100,000s).
        _bySpan = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    public void Add(string glob, T value)
    {
        var pattern = new GlobPattern(glob, _ignoreCase);
        if (!_byPrefix.TryGetValue(pattern.LiteralPrefix, out var bucket))
        {
            bucket = [];
            _byPrefix[pattern.LiteralPrefix] = bucket;
        }
        bucket.Add((pattern, value));
        Count++;
    }

    /// <summary>Every (glob, value) whose glob matches <paramref name="path"/>, in the order they were added per bucket.</summary>
    public IEnumerable<(GlobPattern Glob, T Value)> Match(string path)
    {
        var result = new List<(GlobPattern, T)>();
        Collect("", path, result);
        var slash = -1;
        while (true)
        {
            slash = path.IndexOf('/', slash + 1);
            var prefix = slash < 0 ? path.AsSpan() : path.AsSpan(0, slash);
            Collect(prefix, path, result);
            if (slash < 0)
            {
                break;
            }
        }
        return result;
    }

    private void Collect(ReadOnlySpan<char> prefix, string path, List<(GlobPattern, T)> result)
    {
        if (!_bySpan.TryGetValue(prefix, out var bucket))
        {
            return;
        }
        foreach (var entry in bucket)
        {
            if (entry.Glob.Matches(path))
            {
                result.Add(entry);
            }
        }
    }
}
