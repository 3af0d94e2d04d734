using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>A labelled field of a track or handoff: "- Owner" with nested values, or "- Owner: value".</summary>
public sealed record Field(TextValue Label, IReadOnlyList<TextValue> Values)
{
    /// <summary>The name the label gives, as <see cref="LabelMap.Key"/> reads it ("owner" for "**Owner:**").</summary>
    public string Key
    {
        // Readers give the key they already have; working it out in an initializer would do it again for nothing.
        get => _key ??= Labels.Key(Label.Text);
        init => _key = value;
    }

    private string? _key;

    public TextValue? First => Values.Count > 0 ? Values[0] : null;

    /// <summary>The values joined as one line of prose.</summary>
    public string Joined => string.Join(" ", Values.Select(v => v.Text));
}
