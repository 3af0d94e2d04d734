namespace Harness.Core.Model.Text;

/// <summary>
/// A team's own names for headings and field labels (harness.yml's <c>headings:</c>, such as
/// <c>未解決の問い: Open Questions</c>), applied wherever a heading, field label or table column is looked up, so
/// that every command reads a mapped heading as the English one it stands for.
/// </summary>
public sealed class LabelMap
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    // A feature list of 60,000 tracks asks the key of "Status" 60,000 times, and rules ask the keys of the same
    // headings in every file: each label's key is worked out once. Bounded, as track names never repeat.
    private const int KnownLabelsCapacity = 16_384;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _keyOfLabel = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the table; files are read in parallel, so the map counts itself.
    private int _keyOfLabelCount;

    // Every track asks for the keys of the same few static name lists; they are made once per list.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IReadOnlyCollection<string>, IReadOnlySet<string>> _keySets =
        new(ReferenceEqualityComparer.Instance);

    public LabelMap(IEnumerable<KeyValuePair<string, string>> aliases)
    {
        foreach (var (written, canonical) in aliases)
        {
            var key = Labels.Key(written);
            if (key.Length > 0)
            {
                _keys.TryAdd(key, Labels.Key(canonical));   // the first entry for a name wins, as a reader of the file sees it
            }
        }
    }

    public static LabelMap None { get; } = new([]);

    public bool IsEmpty => _keys.Count == 0;

    /// <summary>The name a heading or label gives (<see cref="Labels.Key"/>), or the one harness.yml maps it to.</summary>
    public string Key(string label)
    {
        if (_keyOfLabel.TryGetValue(label, out var known))
        {
            return known;
        }
        var key = Labels.Key(label);
        key = SharedStrings.Share(_keys.Count > 0 && _keys.TryGetValue(key, out var mapped) ? mapped : key);
        if (Volatile.Read(ref _keyOfLabelCount) < KnownLabelsCapacity && _keyOfLabel.TryAdd(label, key))
        {
            Interlocked.Increment(ref _keyOfLabelCount);
        }
        return key;
    }

    /// <summary>True when harness.yml maps this heading or label to another name.</summary>
    public bool Maps(string label) => _keys.Count > 0 && _keys.ContainsKey(Labels.Key(label));

    /// <summary>The keys of <paramref name="names"/> (a list that lives as long as the program, such as a static array).</summary>
    public IReadOnlySet<string> KeysOf(IReadOnlyCollection<string> names) =>
        _keySets.GetOrAdd(names, n => n.Select(Key).ToHashSet(StringComparer.Ordinal));

    public bool Matches(string label, string name) => string.Equals(Key(label), Key(name), StringComparison.Ordinal);
}
