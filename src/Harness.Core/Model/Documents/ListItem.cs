using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>
/// A bullet or numbered item: the raw Markdown of its first paragraph (whitespace collapsed, backticks kept),
/// where that text starts, and its nested items.
/// </summary>
public sealed class ListItem
{
    public ListItem(string text, SourceLocation location, bool ordered, string? number)
    {
        Text = text;
        Location = location;
        Ordered = ordered;
        Number = number;
    }

    public string Text { get; }

    public SourceLocation Location { get; }

    public bool Ordered { get; }

    /// <summary>The number written before an ordered item ("1"), null for bullets.</summary>
    public string? Number { get; }

    // Most items have no nested items: the list is made only for one that has.
    private List<ListItem>? _children;

    public IReadOnlyList<ListItem> Children => (IReadOnlyList<ListItem>?)_children ?? [];

    internal List<ListItem> ChildList => _children ??= [];

    public TextValue ToValue() => new(Text, Location);
}
