using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>
/// A heading and what stands under it up to the next heading of the same or a higher level: its own
/// content (lists, tables, paragraphs) and its subsections.
/// </summary>
public sealed class Section
{
    private string? _key;

    internal Section(SourceText source, LabelMap labels, string title, int level, SourceLocation location, int headingStart, int contentStart)
    {
        Source = source;
        LabelMap = labels;
        Title = title;
        Level = level;
        Location = location;
        HeadingStart = headingStart;
        ContentStart = contentStart;
        ContentEnd = source.Text.Length;
        End = source.Text.Length;
    }

    public SourceText Source { get; }

    /// <summary>The names harness.yml gives headings and labels, as the whole document reads them.</summary>
    public LabelMap LabelMap { get; }

    /// <summary>The heading as written, without the leading #s.</summary>
    public string Title { get; }

    public int Level { get; }

    public SourceLocation Location { get; }

    // Most sections hold no subsection, no list or no table: their lists are made only when something goes in,
    // as lint keeps the sections of every file of a repo at once.
    private List<Section>? _children;
    private List<ListItem>? _items;
    private List<MarkdownTable>? _tables;

    public IReadOnlyList<Section> Children => (IReadOnlyList<Section>?)_children ?? [];

    public IReadOnlyList<ListItem> Items => (IReadOnlyList<ListItem>?)_items ?? [];

    public IReadOnlyList<MarkdownTable> Tables => (IReadOnlyList<MarkdownTable>?)_tables ?? [];

    internal void Add(Section child) => (_children ??= []).Add(child);

    internal List<ListItem> ItemList => _items ??= [];

    internal void Add(MarkdownTable table) => (_tables ??= []).Add(table);

    internal int HeadingStart { get; }

    internal int ContentStart { get; }

    /// <summary>Offset where this section's own content ends (the first subsection, or the end).</summary>
    internal int ContentEnd { get; set; }

    /// <summary>Offset where this section ends, subsections included.</summary>
    internal int End { get; set; }

    public bool IsNamed(string name) => HasKey(LabelMap.Key(name));

    /// <summary>The name the heading gives, as <see cref="LabelMap.Key"/> reads it; computed once, as lookups ask it often.</summary>
    public string Key => _key ??= LabelMap.Key(Title);

    internal bool HasKey(string key) => string.Equals(Key, key, StringComparison.Ordinal);

    // Bodies are quoted into prompts and JSON: a CRLF file's line ends are read as "\n", as in an LF file.

    /// <summary>The Markdown under the heading, subsections excluded, trimmed, with "\n" line ends.</summary>
    public string Body => LineEnds.ToLf(Source.Text[ContentStart..ContentEnd].Trim());

    /// <summary>The Markdown under the heading, subsections included, trimmed, with "\n" line ends.</summary>
    public string FullBody => LineEnds.ToLf(Source.Text[ContentStart..End].Trim());

    /// <summary>The heading line and everything under it, as written but for "\n" line ends.</summary>
    public string Markdown => LineEnds.ToLf(Source.Text[HeadingStart..End].TrimEnd());

    /// <summary>Line where the content starts (the line after the heading).</summary>
    public int BodyLine => Source.Lines.LineOf(Math.Min(ContentStart, Math.Max(0, Source.Text.Length - 1)));

    /// <summary>The location of a character of <see cref="Body"/>, given its index there.</summary>
    public SourceLocation LocationInBody(int index)
    {
        var raw = Source.Text[ContentStart..ContentEnd];
        var leading = raw.Length - raw.TrimStart().Length;
        return Source.LocationOf(LineEnds.RawOffset(Source.Text, ContentStart + leading, index));
    }

    /// <summary>The first direct subsection with this heading, or null.</summary>
    public Section? Child(string name)
    {
        var key = LabelMap.Key(name);
        foreach (var child in Children)
        {
            if (child.HasKey(key))
            {
                return child;
            }
        }
        return null;
    }

    /// <summary>True when the section holds nothing but whitespace and headings.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Body) && Children.Count == 0;
}
