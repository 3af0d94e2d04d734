using System.Globalization;
using System.Text;

namespace Harness.Cli.Output;

/// <summary>
/// Rows of cells printed in columns as wide as their widest cell, measured as a terminal shows them: a wide (CJK,
/// full-width) character takes two columns and a combining mark none, so that owners and statuses written in
/// Japanese line up with English ones. The last cell of a row is never padded.
/// </summary>
internal sealed class TextColumns
{
    private readonly List<string[]> _rows = [];

    public TextColumns Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>Each row on its own line after <paramref name="indent"/>, columns two spaces apart.</summary>
    public void WriteTo(StringBuilder text, string indent)
    {
        var widths = new int[_rows.Count == 0 ? 0 : _rows.Max(r => r.Length)];
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length - 1; i++)
            {
                widths[i] = Math.Max(widths[i], DisplayWidth(row[i]));
            }
        }
        foreach (var row in _rows)
        {
            text.Append(indent);
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(row[i]);
                if (i < row.Length - 1)
                {
                    text.Append(' ', widths[i] - DisplayWidth(row[i]) + 2);
                }
            }
            text.Append('\n');
        }
    }

    /// <summary>The columns <paramref name="text"/> takes on a terminal.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        var runes = text.EnumerateRunes();
        foreach (var rune in runes)
        {
            width += RuneWidth(rune);
        }
        return width;
    }

    private static int RuneWidth(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }
        var value = rune.Value;
        // East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), the ones harness's users write.
        var wide = value is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF
            or >= 0x20000 and <= 0x3FFFD;
        return wide ? 2 : 1;
    }
}
