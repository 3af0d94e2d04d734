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
        Number = ordered ? number ?? "" : null;
    }

    public string Text { get; }

    public SourceLocation Location { get; }

    // No field of its own: only an ordered item has a number, and lint keeps every item of a repo at once.
    public bool Ordered => Number is not null;

    /// <summary>The number written before an ordered item ("1"), null for bullets.</summary>
    public string? Number { get; }

    // Most items have no nested items: the list is made only for one that has, and sealed to an exact array.
    private IReadOnlyList<ListItem>? _children;

    public IReadOnlyList<ListItem> Children => _children ?? [];

    internal List<ListItem> ChildList => (List<ListItem>)(_children ??= new List<ListItem>());

    /// <summary>Seals every item of <paramref name="items"/> and their nested items, with a stack (nesting is the input's).</summary>
    internal static void SealAll(IReadOnlyList<ListItem> items)
    {
        var work = new Stack<ListItem>(items);
        while (work.Count > 0)
        {
            var item = work.Pop();
            item._children = Sealed.Of(item._children);
            if (item._children is not null)
            {
                foreach (var child in item._children)
                {
                    work.Push(child);
                }
            }
        }
    }

    public TextValue ToValue() => new(Text, Location);
}
