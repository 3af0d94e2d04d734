namespace Harness.Core.Model.Text;

/// <summary>Maps character offsets of a text to 1-based line and column numbers.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line of the character at <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Max(0, offset));
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>1-based column of the character at <paramref name="offset"/>.</summary>
    public int ColumnOf(int offset)
    {
        var line = LineOf(offset);
        return Math.Max(0, offset) - _lineStarts[line - 1] + 1;
    }

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int StartOfLine(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];
}
