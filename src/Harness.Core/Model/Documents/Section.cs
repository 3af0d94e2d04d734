using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>
/// A heading and what stands under it up to the next heading of the same or a higher level: its own
/// content (lists, tables, paragraphs) and its subsections.
/// </summary>
public sealed class Section
{
    private string? _key;

    internal Section(MarkdownDocument document, string title, int level, int headingStart, int contentStart)
    {
        _document = document;
        Title = title;
        Level = level;
        HeadingStart = headingStart;
        ContentStart = contentStart;
        End = document.Source.Text.Length;
    }

    // Lint keeps every section of a repo at once (92,000 for the 4,000-task corpus): the source, the label map and
    // the location come from the document and the heading's offset instead of three fields per section.
    private readonly MarkdownDocument _document;

    public SourceText Source => _document.Source;

    /// <summary>The names harness.yml gives headings and labels, as the whole document reads them.</summary>
    public LabelMap LabelMap => _document.LabelMap;

    /// <summary>The heading as written, without the leading #s.</summary>
    public string Title { get; }

    public int Level { get; }

    /// <summary>Where the heading starts.</summary>
    public SourceLocation Location => Source.LocationOf(HeadingStart);

    // Most sections hold no subsection, no list or no table: their lists are made only when something goes in,
    // as lint keeps the sections of every file of a repo at once. While the document is read they are growing
    // lists; once it is read, Seal leaves arrays of their exact length (a list of one item held 120 bytes, its
    // array holds 32).
    private IReadOnlyList<Section>? _children;
    private IReadOnlyList<ListItem>? _items;

    public IReadOnlyList<Section> Children => _children ?? [];

    public IReadOnlyList<ListItem> Items => _items ?? [];

    /// <summary>The tables of the section's own content; the document keeps them, as few sections have one.</summary>
    public IReadOnlyList<MarkdownTable> Tables => _document.TablesOf(this);

    internal void Add(Section child) => Growing(ref _children).Add(child);

    internal List<ListItem> ItemList => Growing(ref _items);

    /// <summary>Ends the reading: each list becomes an array of its exact length, the items' own lists too.</summary>
    internal void Seal()
    {
        _children = Sealed.Of(_children);
        _items = Sealed.Of(_items);
        if (_items is not null)
        {
            ListItem.SealAll(_items);
        }
    }

    private static List<T> Growing<T>(ref IReadOnlyList<T>? list) =>
        (List<T>)(list ??= new List<T>());

    internal int HeadingStart { get; }

    internal int ContentStart { get; }

    /// <summary>Offset where this section's own content ends (the first subsection, or the end).</summary>
    internal int ContentEnd => Children.Count > 0 ? Children[0].HeadingStart : End;

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
