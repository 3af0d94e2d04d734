using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Harness.Core.Model.Documents;

/// <summary>
/// A Markdown file as harness reads it: optional YAML front matter, then a tree of sections. It knows
/// Markdown and YAML, nothing of harness.
/// </summary>
public sealed class MarkdownDocument
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UsePreciseSourceLocation();
        // harness reads blocks and slices their source; it never needs Markdig's code spans (InlineCode reads them
        // from the source, linearly). Markdig's own code-span parser rescans the rest of the line for each unclosed
        // run of backticks, which makes a line of runs of every length quadratic. Table cells still split at every
        // unescaped '|', as GitHub's tables do, code span or not.
        builder.InlineParsers.RemoveAll(parser => parser is Markdig.Parsers.Inlines.CodeInlineParser);
        // Nor does it read any other inline: the only thing inline parsing changes that harness reads is a
        // paragraph becoming a pipe table, and that needs a '|'. Paragraphs and headings without one skip it; it
        // was most of the parse of a feature list of thousands of tracks.
        foreach (var parser in builder.BlockParsers)
        {
            if (parser is Markdig.Parsers.ParagraphBlockParser or Markdig.Parsers.HeadingBlockParser)
            {
                parser.Closed += SkipInlinesWithoutPipe;
            }
        }
        return builder.Build();
    }

    private static void SkipInlinesWithoutPipe(Markdig.Parsers.BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock leaf)
        {
            return;
        }
        var lines = leaf.Lines.Lines;
        for (var i = 0; i < leaf.Lines.Count; i++)
        {
            if (lines[i].Slice.AsSpan().Contains('|'))
            {
                return;
            }
        }
        leaf.ProcessInlines = false;
        // The lines were only for the inline parser (harness slices the source by the block's span). Markdig rents
        // them from its pool for a block that will process inlines and gives them back after it has; a block that
        // skips it must give them back here, or the pool stays empty and every paragraph of the file rents a new
        // array: 300,000 of them (120 MB) for a feature list of 60,000 tracks.
        var group = leaf.Lines;
        ReleaseToPool(ref group);
        leaf.Lines = default;
    }

    // Markdig's own way to give a block's lines back to its pool is internal; an UnsafeAccessor reaches it without
    // reflection (AOT-safe), and fails loudly at the first parse if a later Markdig renames it.
    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = "Release")]
    private static extern void ReleaseToPool(ref Markdig.Helpers.StringLineGroup lines);

    private Dictionary<string, Section>? _sectionsByTitle;

    // Every section in document order (a heading's order in the file is its place in a pre-order walk), sealed
    // to an array once read: small files look names up in it, large ones through the index.
    private IReadOnlyList<Section> _all = new List<Section>();

    // The few tables of a document with the section each stands in; a field per section would cost every section.
    private List<(Section Section, MarkdownTable Table)>? _tables;

    internal IReadOnlyList<MarkdownTable> TablesOf(Section section)
    {
        if (_tables is null)
        {
            return [];
        }
        var tables = new List<MarkdownTable>();
        foreach (var (owner, table) in _tables)
        {
            if (ReferenceEquals(owner, section))
            {
                tables.Add(table);
            }
        }
        return tables;
    }

    /// <summary>Up to this many sections a name is looked up by a scan, which costs less than an index per file.</summary>
    private const int ScannedSections = 32;

    // Where the part of the text being read starts: Markdig's offsets are the part's, harness's the file's.
    private int _base;

    private readonly int _chunkSize;

    private MarkdownDocument(SourceText source, LabelMap labels, int chunkSize)
    {
        _chunkSize = chunkSize;
        Source = source;
        LabelMap = labels;
    }

    public SourceText Source { get; }

    /// <summary>The team's own names for headings and labels (harness.yml's headings:), applied to every lookup.</summary>
    public LabelMap LabelMap { get; }

    public string Path => Source.Path;

    /// <summary>The front matter's mapping; null when the file has none or it could not be read.</summary>
    public YamlMap? FrontMatter { get; private set; }

    /// <summary>True when the file opens with front matter, readable or not.</summary>
    public bool HasFrontMatter { get; private set; }

    /// <summary>Sections of the outermost level present (usually the H1, or the H2s of a file without one).</summary>
    public List<Section> Sections { get; } = [];

    /// <summary>Lists written before the first heading.</summary>
    public List<ListItem> PreambleItems { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The first level-1 heading, if any.</summary>
    public Section? Title => AllSections().FirstOrDefault(s => s.Level == 1);

    /// <summary>
    /// Parses a file, or refuses one whose shape no person writes (see <see cref="MarkdownLimits"/>) with an
    /// input error naming the file and line.
    /// </summary>
    public static bool TryParse(SourceText source, out MarkdownDocument? document, out InputError? error) =>
        TryParse(source, LabelMap.None, out document, out error);

    /// <inheritdoc cref="TryParse(SourceText, out MarkdownDocument?, out InputError?)"/>
    public static bool TryParse(SourceText source, LabelMap labels, out MarkdownDocument? document, out InputError? error)
    {
        document = null;
        error = MarkdownLimits.Check(source);
        if (error is not null)
        {
            return false;
        }
        try
        {
            document = Parse(source, labels);
            return true;
        }
        catch (ArgumentException e)
        {
            // Markdig stops at its own depth limit with an ArgumentException; report it as the file's problem.
            error = new InputError(new SourceLocation(source.Path, 0, 0), $"cannot be read as Markdown: {e.Message}");
            return false;
        }
    }

    public static MarkdownDocument Parse(SourceText source, LabelMap? labels = null) =>
        Parse(source, labels, MarkdownChunks.DefaultSize);

    /// <summary>Parses with parts of about <paramref name="chunkSize"/> characters (int.MaxValue: the whole file at once).</summary>
    internal static MarkdownDocument Parse(SourceText source, LabelMap? labels, int chunkSize)
    {
        var document = new MarkdownDocument(source, labels ?? LabelMap.None, chunkSize);
        document.ReadFrontMatter();
        document.ReadBody();
        return document;
    }

    /// <summary>
    /// The first section anywhere in the file whose heading names <paramref name="name"/> (as
    /// <see cref="LabelMap.Key"/> reads both: a translation after the English words, or a mapped heading, counts).
    /// </summary>
    public Section? FindSection(string name)
    {
        // Rules ask for sections by name many times per file; a feature list of thousands of tracks has as many
        // sections, so the first section of each heading is indexed once instead of walking them all per lookup.
        // A file of a dozen sections (most briefs and notes) is scanned: lint keeps thousands of them at once.
        var key = LabelMap.Key(name);
        if (_all.Count <= ScannedSections)
        {
            foreach (var section in _all)
            {
                if (section.HasKey(key))
                {
                    return section;
                }
            }
            return null;
        }
        var index = _sectionsByTitle ??= IndexSections();
        return index.GetValueOrDefault(key);
    }

    private Dictionary<string, Section> IndexSections()
    {
        var index = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var section in AllSections())
        {
            index.TryAdd(section.Key, section);
        }
        return index;
    }

    /// <summary>Every section in document order.</summary>
    public IReadOnlyList<Section> AllSections() => _all;

    private void ReadFrontMatter()
    {
        var text = Source.Text;
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimEnd('\r', ' ', '\t');
        if (firstLine != "---")
        {
            return;
        }
        HasFrontMatter = true;
        var lines = Source.Lines;
        for (var line = 2; line <= lines.LineCount; line++)
        {
            var start = lines.StartOfLine(line);
            var end = line < lines.LineCount ? lines.StartOfLine(line + 1) : text.Length;
            var content = text[start..end].TrimEnd('\r', '\n', ' ', '\t');
            if (content is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..start];
                var before = Diagnostics.Count;
                FrontMatter = YamlReader.ReadMapping(yaml, Path, lineOffset: 1, Diagnostics, RuleIds.FrontMatterMalformed);
                if (FrontMatter is null && Diagnostics.Count == before)
                {
                    FrontMatter = new YamlMap();
                }
                return;
            }
        }
        Diagnostics.Add(new Diagnostic(RuleIds.FrontMatterMalformed, Severity.Error, new SourceLocation(Path, 1, 1),
            "front matter opened with --- on line 1 never closes; end it with a line of --- (or remove the first line)"));
    }

    private void ReadBody()
    {
        var text = Source.Text;
        var open = new Stack<Section>();
        // A long file is parsed a part at a time, cut before headings where the parts parse to the same blocks as
        // the whole (MarkdownChunks): each part's syntax tree is read and dropped before the next is built, instead
        // of the whole file's tree growing through every collection of the parse.
        foreach (var (start, end) in MarkdownChunks.Split(text, _chunkSize))
        {
            _base = start;
            var markdown = Markdig.Markdown.Parse(start == 0 && end == text.Length ? text : text[start..end], Pipeline);
            foreach (var block in markdown)
            {
                switch (block)
                {
                    case YamlFrontMatterBlock:
                        break;
                    case HeadingBlock heading:
                        AddHeading(heading, open);
                        break;
                    case ListBlock list:
                        ReadList(list, open.Count > 0 ? open.Peek().ItemList : PreambleItems);
                        break;
                    case Table table when open.Count > 0:
                        (_tables ??= []).Add((open.Peek(), ReadTable(table)));
                        break;
                }
            }
        }
        _base = 0;
        foreach (var section in _all)
        {
            section.Seal();
        }
        ListItem.SealAll(PreambleItems);
        _all = Sealed.Of(_all) ?? [];
    }

    private void AddHeading(HeadingBlock heading, Stack<Section> open)
    {
        var start = _base + heading.Span.Start;
        while (open.Count > 0 && open.Peek().Level >= heading.Level)
        {
            open.Pop().End = start;
        }

        var lineEnd = Source.Text.IndexOf('\n', start);
        var contentStart = lineEnd < 0 ? Source.Text.Length : lineEnd + 1;
        if (heading.IsSetext)
        {
            var underlineEnd = Source.Text.IndexOf('\n', Math.Min(_base + heading.Span.End, Source.Text.Length - 1));
            contentStart = underlineEnd < 0 ? Source.Text.Length : underlineEnd + 1;
        }
        var section = new Section(this, HeadingTitle(heading), heading.Level, start, contentStart);
        ((List<Section>)_all).Add(section);
        if (open.Count > 0)
        {
            open.Peek().Add(section);
        }
        else
        {
            Sections.Add(section);
        }
        open.Push(section);
    }

    private string HeadingTitle(HeadingBlock heading)
    {
        var text = Source.Text;
        var start = _base + heading.Span.Start;
        var end = text.IndexOf('\n', start);
        var line = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r').Trim();
        if (heading.IsSetext)
        {
            return line;
        }
        line = line.TrimStart('#').Trim();
        var closing = line.TrimEnd('#');
        if (closing.Length < line.Length && (closing.Length == 0 || closing.EndsWith(' ')))
        {
            line = closing.Trim();
        }
        return SharedStrings.Share(line);
    }

    private void ReadList(ListBlock root, List<ListItem> target)
    {
        // Explicit stack: list nesting depth is the input's to choose, the call stack's depth is not.
        var work = new Stack<(ListBlock List, List<ListItem> Target)>();
        work.Push((root, target));
        while (work.Count > 0)
        {
            var (list, items) = work.Pop();
            foreach (var child in list)
            {
                if (child is not ListItemBlock itemBlock)
                {
                    continue;
                }
                var item = ReadItem(itemBlock, list.IsOrdered);
                items.Add(item);
                foreach (var inner in itemBlock)
                {
                    if (inner is ListBlock nested)
                    {
                        work.Push((nested, item.ChildList));
                    }
                }
            }
        }
    }

    private ListItem ReadItem(ListItemBlock itemBlock, bool ordered)
    {
        var number = ordered ? itemBlock.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        foreach (var inner in itemBlock)
        {
            if (inner is ParagraphBlock paragraph)
            {
                return new ListItem(Slice(paragraph.Span), Source.LocationOf(_base + paragraph.Span.Start), ordered, number);
            }
            if (inner is ListBlock)
            {
                break;
            }
        }
        return new ListItem("", Source.LocationOf(_base + itemBlock.Span.Start), ordered, number);
    }

    private MarkdownTable ReadTable(Table table)
    {
        var header = new List<TextValue>();
        var rows = new List<IReadOnlyList<TextValue>>();
        var headerLine = Source.LocationOf(_base + table.Span.Start).Line;
        var rowLines = new List<int>();
        foreach (var rowBlock in table)
        {
            if (rowBlock is not TableRow row)
            {
                continue;
            }
            var cells = new List<TextValue>();
            foreach (var cellBlock in row)
            {
                if (cellBlock is not TableCell cell)
                {
                    continue;
                }
                // A cell's paragraph starts after its pipe, blanks included; an empty cell has no span of its own,
                // so its place is found on the row's line. Either way a value keeps the column where it is written.
                var paragraph = cell.FirstOrDefault() as LeafBlock;
                cells.Add(paragraph is null || paragraph.Span.IsEmpty
                    ? new TextValue("", Source.LocationOf(CellStart(_base + row.Span.Start, cells.Count)))
                    : new TextValue(Slice(paragraph.Span), Source.LocationOf(SkipBlanks(_base + paragraph.Span.Start))));
            }
            if (row.IsHeader && header.Count == 0)
            {
                header.AddRange(cells);
                headerLine = Source.LocationOf(_base + row.Span.Start).Line;
            }
            else
            {
                rows.Add(cells);
                rowLines.Add(Source.LocationOf(_base + row.Span.Start).Line);
            }
        }
        return new MarkdownTable(Source, LabelMap, header, headerLine, rows, rowLines);
    }

    /// <summary>Where the cell at <paramref name="index"/> of the row starting at <paramref name="rowStart"/> has its content (or its closing pipe).</summary>
    private int CellStart(int rowStart, int index)
    {
        var text = Source.Text;
        var at = SkipBlanks(Math.Clamp(rowStart, 0, text.Length));
        if (at < text.Length && text[at] == '|')
        {
            at++;
        }
        for (var cell = 0; cell < index && at < text.Length; cell++)
        {
            while (at < text.Length && text[at] is not ('\n' or '\r') && !(text[at] == '|' && text[at - 1] != '\\'))
            {
                at++;
            }
            at = Math.Min(at + 1, text.Length);
        }
        return SkipBlanks(at);
    }

    private int SkipBlanks(int offset)
    {
        var text = Source.Text;
        while (offset < text.Length && text[offset] is ' ' or '\t')
        {
            offset++;
        }
        return offset;
    }

    private string Slice(SourceSpan span)
    {
        var text = Source.Text;
        var start = Math.Clamp(_base + span.Start, 0, text.Length);
        var end = Math.Clamp(_base + span.End + 1, start, text.Length);
        return SharedStrings.Share(Labels.CollapseWhitespace(text[start..end]));
    }
}
