namespace Harness.Core.Documents;

/// <summary>A pipe table: its header cells and rows of cells, each cell with its location.</summary>
public sealed class MarkdownTable
{
    public MarkdownTable(IReadOnlyList<TextValue> header, IReadOnlyList<IReadOnlyList<TextValue>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<TextValue> Header { get; }

    public IReadOnlyList<IReadOnlyList<TextValue>> Rows { get; }

    /// <summary>Index of the column whose header matches one of <paramref name="names"/>, or -1.</summary>
    public int ColumnOf(params string[] names)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            foreach (var name in names)
            {
                if (Text.Labels.Matches(Header[i].Text, name))
                {
                    return i;
                }
            }
        }
        return -1;
    }
}
