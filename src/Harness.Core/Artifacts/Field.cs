using Harness.Core.Documents;

namespace Harness.Core.Artifacts;

/// <summary>A labelled field of a track or handoff: "- Owner" with nested values, or "- Owner: value".</summary>
public sealed record Field(TextValue Label, IReadOnlyList<TextValue> Values)
{
    public TextValue? First => Values.Count > 0 ? Values[0] : null;

    /// <summary>The values joined as one line of prose.</summary>
    public string Joined => string.Join(" ", Values.Select(v => v.Text));
}
