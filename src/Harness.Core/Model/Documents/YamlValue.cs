using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>
/// One value of a YAML mapping, reduced to what artifacts use: a scalar, a list of scalars, or a nested
/// mapping; every part keeps its 1-based location in the file.
/// </summary>
public sealed class YamlValue
{
    public YamlValue(SourceLocation location, string? scalar, IReadOnlyList<YamlValue>? items, YamlMap? map)
    {
        Location = location;
        Scalar = scalar;
        Items = items;
        Map = map;
    }

    public SourceLocation Location { get; }

    public string? Scalar { get; }

    public IReadOnlyList<YamlValue>? Items { get; }

    public YamlMap? Map { get; }

    public bool IsScalar => Scalar is not null;

    /// <summary>The scalars of a list; a lone scalar counts as a list of one.</summary>
    public IReadOnlyList<YamlValue> AsList() =>
        Items ?? (Scalar is not null ? [this] : []);

    public string Describe() => Scalar is not null ? "a text" : Items is not null ? "a list" : "a mapping";
}

/// <summary>An ordered YAML mapping of string keys; keys keep their locations for "unknown key" findings.</summary>
public sealed class YamlMap
{
    private readonly List<KeyValuePair<YamlKey, YamlValue>> _entries = [];

    public IReadOnlyList<KeyValuePair<YamlKey, YamlValue>> Entries => _entries;

    public void Add(YamlKey key, YamlValue value) => _entries.Add(new(key, value));

    public YamlValue? Get(string key)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }
        return null;
    }

    public string? GetScalar(string key) => Get(key)?.Scalar;
}

public readonly record struct YamlKey(string Name, SourceLocation Location);
