namespace Harness.Core.Model.Ownership;

/// <summary>
/// Finds, for one concrete path, the few globs of many that could match it, so that no glob is tested against
/// a path it cannot match. Globs are filed by their literal leading folders and, within those, by their
/// <see cref="GlobPattern.RequiredLiteral"/>: `**/*42*` is only a candidate for paths that hold "42". A path
/// meets the globs filed under one of its leading folders, and of those only the ones whose required literal
/// is a substring of the path (one dictionary look-up a position and a distinct literal length) or that have
/// none. The answer is a superset of the matching globs: callers still test each candidate.
/// </summary>
public sealed class GlobCandidateIndex
{
    private readonly Dictionary<string, Bucket> _byPrefix = new(StringComparer.Ordinal);
    private readonly bool _ignoreCase;
    private int[] _seen = [];
    private int _stamp;

    public GlobCandidateIndex(bool ignoreCase) => _ignoreCase = ignoreCase;

    /// <summary>Dictionary look-ups made so far: the work a budget counts, besides the matches of candidates.</summary>
    public long Lookups { get; private set; }

    /// <summary>Files glob number <paramref name="id"/> (ids are 0, 1, 2, ... in the order added).</summary>
    public void Add(GlobPattern glob, int id)
    {
        var prefix = Fold(glob.LiteralPrefix);
        if (!_byPrefix.TryGetValue(prefix, out var bucket))
        {
            _byPrefix[prefix] = bucket = new Bucket();
        }
        bucket.Add(Fold(glob.RequiredLiteral), id);
        if (id >= _seen.Length)
        {
            Array.Resize(ref _seen, Math.Max(id + 1, _seen.Length * 2));
        }
    }

    /// <summary>The ids of globs that could match the path given as its segments, each once.</summary>
    public void Candidates(string[] segments, List<int> into)
    {
        into.Clear();
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_seen);
            _stamp = 1;
        }
        var path = Fold(string.Join('/', segments));
        Collect("", path, into);
        var end = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            end += (i == 0 ? 0 : 1) + segments[i].Length;
            Collect(path[..end], path, into);
        }
    }

    private void Collect(string prefix, string path, List<int> into)
    {
        if (!_byPrefix.TryGetValue(prefix, out var bucket))
        {
            return;
        }
        foreach (var id in bucket.Always)
        {
            Take(id, into);
        }
        foreach (var length in bucket.Lengths)
        {
            for (var start = 0; start + length <= path.Length; start++)
            {
                Lookups++;
                if (bucket.ByLiteral.TryGetValue(path.AsSpan(start, length), out var ids))
                {
                    foreach (var id in ids)
                    {
                        Take(id, into);
                    }
                }
            }
        }
    }

    private void Take(int id, List<int> into)
    {
        if (_seen[id] != _stamp)
        {
            _seen[id] = _stamp;
            into.Add(id);
        }
    }

    /// <summary>Case folded the way <see cref="GlobPattern"/> compares characters when it ignores case.</summary>
    private string Fold(string text)
    {
        if (!_ignoreCase)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.ToLowerInvariant(source[i]);
            }
        });
    }

    private sealed class Bucket
    {
        public Bucket() => ByLiteral = _byLiteral.GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly Dictionary<string, List<int>> _byLiteral = new(StringComparer.Ordinal);

        public List<int> Always { get; } = [];

        public Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> ByLiteral { get; }

        /// <summary>The distinct lengths of the literals filed here: a path is scanned once a length.</summary>
        public SortedSet<int> Lengths { get; } = [];

        public void Add(string literal, int id)
        {
            if (literal.Length == 0)
            {
                Always.Add(id);
                return;
            }
            if (!_byLiteral.TryGetValue(literal, out var ids))
            {
                _byLiteral[literal] = ids = [];
                Lengths.Add(literal.Length);
            }
            ids.Add(id);
        }
    }
}
