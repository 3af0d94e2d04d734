namespace Harness.Core.Model.Text;

/// <summary>Maps character offsets of a text to 1-based line and column numbers.</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        // Counted first, then filled: one array of the right size (vectorized searches, no list that grows).
        var span = text.AsSpan();
        _lineStarts = new int[span.Count('\n') + 1];
        var line = 1;
        var at = span.IndexOf('\n');
        while (at >= 0)
        {
            _lineStarts[line++] = at + 1;
            var next = span[(at + 1)..].IndexOf('\n');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line of the character at <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Max(0, offset));
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>1-based column of the character at <paramref name="offset"/>.</summary>
    public int ColumnOf(int offset) => ColumnOf(offset, LineOf(offset));

    /// <summary>1-based column of the character at <paramref name="offset"/> on its <paramref name="line"/> (from <see cref="LineOf"/>).</summary>
    public int ColumnOf(int offset, int line) => Math.Max(0, offset) - _lineStarts[line - 1] + 1;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int StartOfLine(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];
}
