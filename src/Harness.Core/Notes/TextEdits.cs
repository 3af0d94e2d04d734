using Harness.Core.Artifacts;
using Harness.Core.Documents;

namespace Harness.Core.Notes;

/// <summary>
/// Replacements on a document's text by offset, applied from the end so earlier offsets stay valid. Edits
/// touch only the lines they are about; every other byte of the file stays as it was. Each edit says whether
/// it changes anything, so the caller can name only the sections it really changed.
/// </summary>
internal sealed class TextEdits
{
    private readonly List<(int Start, int End, string Text)> _edits = [];
    private readonly string _text;
    private bool _sectionAdded;

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

    /// <summary>Adds a new section at the end of the file (several in the order they are added), its items right under the heading as the template has them.</summary>
    public bool AddSection(string heading, IReadOnlyList<string> lines)
    {
        var lead = _sectionAdded || _text.Length == 0 || _text.EndsWith('\n') ? NewLine : NewLine + NewLine;
        _sectionAdded = true;
        return Replace(_text.Length, _text.Length, lead + heading + NewLine + string.Join(NewLine, lines) + NewLine);
    }

    public string Apply()
    {
        var text = _text;
        // Two insertions at one offset (sections added at the end) land in the order they were made.
        var ordered = _edits.Select((edit, index) => (edit, index))
            .OrderByDescending(e => e.edit.Start).ThenByDescending(e => e.edit.End).ThenByDescending(e => e.index);
        foreach (var ((start, end, replacement), _) in ordered)
        {
            text = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));
        }
        return text;
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
