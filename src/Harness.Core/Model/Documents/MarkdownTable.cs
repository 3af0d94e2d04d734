using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>A pipe table: its header cells and rows of cells, each cell with its location.</summary>
public sealed class MarkdownTable
{
    private readonly SourceText _source;
    private readonly IReadOnlyList<int> _rowLines;
    private readonly int _headerLine;

    internal MarkdownTable(SourceText source, LabelMap labels, IReadOnlyList<TextValue> header, int headerLine,
        IReadOnlyList<IReadOnlyList<TextValue>> rows, IReadOnlyList<int> rowLines)
    {
        _source = source;
        LabelMap = labels;
        Header = header;
        _headerLine = headerLine;
        Rows = rows;
        _rowLines = rowLines;
    }

    public IReadOnlyList<TextValue> Header { get; }

    public IReadOnlyList<IReadOnlyList<TextValue>> Rows { get; }

    /// <summary>The names harness.yml gives headings and labels; column headers are labels too.</summary>
    public LabelMap LabelMap { get; }

    /// <summary>The name a column's header gives, as <see cref="Text.LabelMap.Key"/> reads it.</summary>
    public string KeyOf(int column) => LabelMap.Key(Header[column].Text);

    /// <summary>Index of the column whose header matches one of <paramref name="names"/>, or -1.</summary>
    public int ColumnOf(params string[] names)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            var key = KeyOf(i);
            foreach (var name in names)
            {
                if (string.Equals(key, LabelMap.Key(name), StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>The header line, the delimiter line and one row, as written (with "\n" line ends): a row quoted on its own.</summary>
    public string RowMarkdown(int row)
    {
        return string.Join('\n', Line(_headerLine), Line(_headerLine + 1), Line(_rowLines[row]));
    }

    private string Line(int line)
    {
        var lines = _source.Lines;
        var start = lines.StartOfLine(line);
        var end = line < lines.LineCount ? lines.StartOfLine(line + 1) : _source.Text.Length;
        return _source.Text[start..end].TrimEnd('\r', '\n');
    }
}
