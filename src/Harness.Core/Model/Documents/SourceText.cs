using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>The decoded text of one file (BOM removed), with its repo-relative path and a line index.</summary>
public sealed class SourceText
{
    private LineIndex? _lines;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>Repo-relative path with forward slashes.</summary>
    public string Path { get; }

    public string Text { get; }

    public LineIndex Lines => _lines ??= new LineIndex(Text);

    public SourceLocation LocationOf(int offset)
    {
        var line = Lines.LineOf(offset);
        return new(Path, line, Lines.ColumnOf(offset, line));
    }
}
