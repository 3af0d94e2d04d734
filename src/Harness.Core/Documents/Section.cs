using Harness.Core.Text;

namespace Harness.Core.Documents;

/// <summary>
/// A heading and what stands under it up to the next heading of the same or a higher level: its own
/// content (lists, tables, paragraphs) and its subsections.
/// </summary>
public sealed class Section
{
    private string? _normalizedTitle;

    internal Section(SourceText source, string title, int level, SourceLocation location, int headingStart, int contentStart)
    {
        Source = source;
        Title = title;
        Level = level;
        Location = location;
        HeadingStart = headingStart;
        ContentStart = contentStart;
        ContentEnd = source.Text.Length;
        End = source.Text.Length;
    }

    public SourceText Source { get; }

    /// <summary>The heading as written, without the leading #s.</summary>
    public string Title { get; }

    public int Level { get; }

    public SourceLocation Location { get; }

    public List<Section> Children { get; } = [];

    public List<ListItem> Items { get; } = [];

    public List<MarkdownTable> Tables { get; } = [];

    internal int HeadingStart { get; }

    internal int ContentStart { get; }

    /// <summary>Offset where this section's own content ends (the first subsection, or the end).</summary>
    internal int ContentEnd { get; set; }

    /// <summary>Offset where this section ends, subsections included.</summary>
    internal int End { get; set; }

    public bool IsNamed(string name) => IsNormalized(Labels.Normalize(name));

    /// <summary>The heading as <see cref="Labels.Normalize"/> reads it; computed once, as lookups ask it often.</summary>
    internal string NormalizedTitle => _normalizedTitle ??= Labels.Normalize(Title);

    internal bool IsNormalized(string normalizedName) => string.Equals(NormalizedTitle, normalizedName, StringComparison.Ordinal);

    /// <summary>The Markdown under the heading, subsections excluded, trimmed.</summary>
    public string Body => Source.Text[ContentStart..ContentEnd].Trim();

    /// <summary>The Markdown under the heading, subsections included, trimmed.</summary>
    public string FullBody => Source.Text[ContentStart..End].Trim();

    /// <summary>The heading line and everything under it, as written.</summary>
    public string Markdown => Source.Text[HeadingStart..End].TrimEnd();

    /// <summary>Line where the content starts (the line after the heading).</summary>
    public int BodyLine => Source.Lines.LineOf(Math.Min(ContentStart, Math.Max(0, Source.Text.Length - 1)));

    /// <summary>The location of a character of <see cref="Body"/>, given its index there.</summary>
    public SourceLocation LocationInBody(int index)
    {
        var raw = Source.Text[ContentStart..ContentEnd];
        var leading = raw.Length - raw.TrimStart().Length;
        return Source.LocationOf(ContentStart + leading + index);
    }

    /// <summary>The first direct subsection with this heading, or null.</summary>
    public Section? Child(string name)
    {
        var normalized = Labels.Normalize(name);
        return Children.Find(c => c.IsNormalized(normalized));
    }

    /// <summary>True when the section holds nothing but whitespace and headings.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Body) && Children.Count == 0;
}
