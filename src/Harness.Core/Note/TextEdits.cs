using System.Text;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;

namespace Harness.Core.Note;

/// <summary>
/// Replacements on a document's text by offset, applied from the end so earlier offsets stay valid. Edits
/// touch only the lines they are about; every other byte of the file stays as it was. Each edit says whether
/// it changes anything, so the caller can name only the sections it really changed.
/// </summary>
internal sealed class TextEdits
{
    private readonly List<(int Start, int End, string Text)> _edits = [];
    private readonly List<string> _sections = [];
    private readonly string _text;

    public TextEdits(string text)
    {
        _text = text;
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The line ending the file uses (CRLF kept as found).</summary>
    public string NewLine { get; }

    /// <summary>Replaces a range; false, and nothing recorded, when the text there is already <paramref name="text"/>.</summary>
    public bool Replace(int start, int end, string text)
    {
        if (_text.AsSpan(start, end - start).SequenceEqual(text))
        {
            return false;
        }
        _edits.Add((start, end, text));
        return true;
    }

    /// <summary>Replaces the section's own content (between its heading and the next heading), keeping its surrounding blank lines.</summary>
    public bool ReplaceBody(Section section, IReadOnlyList<string> lines)
    {
        var body = string.Join(NewLine, lines);
        var (start, end) = Trimmed(section);
        if (start == end)
        {
            var prefix = section.ContentStart == _text.Length && !_text.EndsWith('\n') ? NewLine : "";
            var suffix = section.ContentEnd < _text.Length ? NewLine + NewLine : NewLine;
            return Replace(section.ContentStart, section.ContentEnd, prefix + body + suffix);
        }
        return Replace(start, end, body);
    }

    /// <summary>
    /// Adds lines to the section's list, after the last line of its last item (its subsections untouched); a
    /// section that holds nothing but one "none" line has that line replaced, an empty one gets them as its body.
    /// </summary>
    public bool Add(Section section, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return false;
        }
        var own = NoteLine.OwnLines(section);
        var written = own.Where(l => !l.IsBlank).ToList();
        if (written.Count == 0)
        {
            return ReplaceBody(section, lines);
        }
        if (written.Count == 1 && FieldReader.IsNone(written[0].ItemText))
        {
            return Replace(written[0].Start, written[0].End, string.Join(NewLine, lines));
        }
        var after = NoteLine.LastItemLine(own)!.Value;
        return Replace(after.End, after.End, string.Concat(lines.Select(l => NewLine + l)));
    }

    /// <summary>
    /// Adds a new section at the end of the file, its items right under the heading as the template has them.
    /// Added sections come after every other edit (lines added to the last section stay in it), in the order
    /// they were added.
    /// </summary>
    public bool AddSection(string heading, IReadOnlyList<string> lines)
    {
        _sections.Add(heading + NewLine + string.Join(NewLine, lines) + NewLine);
        return true;
    }

    public string Apply()
    {
        var text = new StringBuilder(_text);
        // Applied from the end, so the offsets of the edits still to come stay valid.
        foreach (var (start, end, replacement) in _edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
        {
            text.Remove(start, end - start).Insert(start, replacement);
        }
        foreach (var section in _sections)
        {
            // One blank line before the heading, whether or not the file ended with a line break.
            text.Append(text.Length == 0 ? "" : text[^1] == '\n' ? NewLine : NewLine + NewLine).Append(section);
        }
        return text.ToString();
    }

    private (int Start, int End) Trimmed(Section section)
    {
        var raw = _text.AsSpan(section.ContentStart, section.ContentEnd - section.ContentStart);
        var trimmed = raw.Trim();
        if (trimmed.IsEmpty)
        {
            return (section.ContentStart, section.ContentStart);
        }
        var lead = raw.Length - raw.TrimStart().Length;
        var trail = raw.Length - raw.TrimEnd().Length;
        return (section.ContentStart + lead, section.ContentEnd - trail);
    }
}
