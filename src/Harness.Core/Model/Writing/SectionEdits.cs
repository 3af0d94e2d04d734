using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Writing;

/// <summary>
/// Edits of a Markdown file by its sections and fields, as offsets for <see cref="InPlaceEdit"/>: a section's
/// body replaced, a block added at a section's end or the file's, one field's value replaced on its own line.
/// </summary>
public static class SectionEdits
{
    /// <summary>Replaces the section's own content (between its heading and the next heading), keeping its surrounding blank lines.</summary>
    public static bool ReplaceBody(this InPlaceEdit edit, Section section, IReadOnlyList<string> lines)
    {
        var text = edit.Text;
        var nl = edit.NewLine;
        var body = string.Join(nl, lines);
        var raw = text.AsSpan(section.ContentStart, section.ContentEnd - section.ContentStart);
        if (raw.Trim().IsEmpty)
        {
            var prefix = section.ContentStart == text.Length && !text.EndsWith('\n') ? nl : "";
            var suffix = section.ContentEnd < text.Length ? nl + nl : nl;
            return edit.Replace(section.ContentStart, section.ContentEnd, prefix + body + suffix);
        }
        var lead = raw.Length - raw.TrimStart().Length;
        var trail = raw.Length - raw.TrimEnd().Length;
        return edit.Replace(section.ContentStart + lead, section.ContentEnd - trail, body);
    }

    /// <summary>
    /// Adds a block (its lines ending in line breaks) at the end of a section, subsections included: right after
    /// its last written line, with one blank line before the heading that follows.
    /// </summary>
    public static bool AppendToSection(this InPlaceEdit edit, Section section, string block)
    {
        var text = edit.Text;
        var at = section.End;
        var lastText = text.AsSpan(0, at).TrimEnd().Length;
        var breaks = text.Length - at - text.AsSpan(at).TrimStart("\r\n").Length;
        return edit.Replace(lastText, at + breaks, edit.NewLine + block + (at < text.Length ? edit.NewLine : ""));
    }

    /// <summary>
    /// Adds a block at the end of the file after one blank line (the file's trailing line breaks folded into it,
    /// the last line's own text untouched); an empty file gets the block alone.
    /// </summary>
    public static bool AppendBlock(this InPlaceEdit edit, string block)
    {
        var text = edit.Text;
        if (text.Length == 0)
        {
            return edit.Insert(0, block);
        }
        var lastText = text.AsSpan().TrimEnd("\r\n").Length;
        return edit.Replace(lastText, text.Length, edit.NewLine + edit.NewLine + block);
    }

    /// <summary>
    /// Replaces one value on the line it was read from, and nothing else of that line, so the label keeps its
    /// form: `- Status: ready`, `**Status**: ready`, `Status：ready` or a table cell `| ready |`. False when the
    /// value already reads <paramref name="replacement"/>; an input error when the line no longer holds it.
    /// </summary>
    public static bool ReplaceValue(this InPlaceEdit edit, TextValue value, string replacement)
    {
        var location = value.Location;
        var lineStart = edit.LineStart(location.Line);
        var lineEnd = edit.LineEnd(lineStart);
        var column = Math.Clamp(lineStart + location.Column - 1, lineStart, lineEnd);
        var line = edit.Text.AsSpan(lineStart, lineEnd - lineStart);
        // The value's own column first; a reader that points at the label instead finds it as the last match after it.
        var at = edit.Text.AsSpan(column, lineEnd - column).StartsWith(value.Text, StringComparison.Ordinal)
            ? column - lineStart
            : line[(column - lineStart)..].LastIndexOf(value.Text, StringComparison.Ordinal) is var found and >= 0 ? found + column - lineStart : -1;
        if (value.Text.Length == 0 || at < 0)
        {
            throw new HarnessInputException(
                $"{edit.Path}:{location.Line}: no longer reads '{value.Text}' where harness read it; nothing written. Run the command again");
        }
        return edit.Replace(lineStart + at, lineStart + at + value.Text.Length, replacement);
    }
}
