using Harness.Core.Model.Documents;

namespace Harness.Core.Note;

/// <summary>One line of the note as written: where it starts, where it ends (its line break, CR included, excluded) and its text.</summary>
internal readonly record struct NoteLine(int Start, int End, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>True for a bullet or numbered item's first line ("- a", "  * b", "1. c", "2) d").</summary>
    public bool IsItem
    {
        get
        {
            var text = Text.TrimStart();
            if (text.Length > 0 && text[0] is '-' or '*' or '+')
            {
                return text.Length == 1 || text[1] is ' ' or '\t';
            }
            var digits = 0;
            while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }
            return digits > 0 && digits < text.Length && text[digits] is '.' or ')'
                && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t');
        }
    }

    /// <summary>The text after the item marker (the whole text for a line that is no item).</summary>
    public string ItemText
    {
        get
        {
            if (!IsItem)
            {
                return Text.Trim();
            }
            var text = Text.TrimStart();
            var space = text.IndexOfAny([' ', '\t']);
            return space < 0 ? "" : text[space..].Trim();
        }
    }

    /// <summary>The lines of a section's own content (its subsections excluded).</summary>
    public static List<NoteLine> OwnLines(Section section) => Of(section.Source.Text, section.ContentStart, section.ContentEnd);

    /// <summary>The lines under a section's heading, its subsections included.</summary>
    public static List<NoteLine> AllLines(Section section) => Of(section.Source.Text, section.ContentStart, section.End);

    /// <summary>
    /// The line after which a section's list continues: the last line of its last item (nested items and
    /// continuation lines belong to the item), else its last non-blank line; null when the section is empty.
    /// </summary>
    public static NoteLine? LastItemLine(IReadOnlyList<NoteLine> lines)
    {
        NoteLine? lastItem = null;
        NoteLine? lastText = null;
        var inList = false;
        var blankBefore = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankBefore = true;
                continue;
            }
            lastText = line;
            if (line.IsItem)
            {
                inList = true;
            }
            else if (inList && blankBefore && !char.IsWhiteSpace(line.Text[0]))
            {
                // A paragraph after a blank line, not indented: the list has ended.
                inList = false;
            }
            if (inList)
            {
                lastItem = line;
            }
            blankBefore = false;
        }
        return lastItem ?? lastText;
    }

    private static List<NoteLine> Of(string text, int start, int end)
    {
        var lines = new List<NoteLine>();
        var position = start;
        while (position < end)
        {
            var newline = text.IndexOf('\n', position, end - position);
            var lineEnd = newline < 0 ? end : newline;
            var contentEnd = lineEnd > position && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            lines.Add(new NoteLine(position, contentEnd, text[position..contentEnd]));
            position = newline < 0 ? end : newline + 1;
        }
        return lines;
    }
}
