using Harness.Core.Documents;

namespace Harness.Core.Notes;

/// <summary>
/// Replacements on a document's text by offset, applied from the end so earlier offsets stay valid. Edits
/// touch only the lines they are about; every other byte of the file stays as it was.
/// </summary>
internal sealed class TextEdits
{
    private readonly List<(int Start, int End, string Text)> _edits = [];
    private readonly string _text;

    public TextEdits(string text)
    {
        _text = text;
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The line ending the file uses (CRLF kept as found).</summary>
    public string NewLine { get; }

    public void Replace(int start, int end, string text) => _edits.Add((start, end, text));

    /// <summary>Replaces the section's own content (between its heading and the next heading), keeping its surrounding blank lines.</summary>
    public void ReplaceBody(Section section, IEnumerable<string> lines)
    {
        var body = string.Join(NewLine, lines);
        var (start, end) = Trimmed(section);
        if (start == end)
        {
            var prefix = section.ContentStart == _text.Length && !_text.EndsWith('\n') ? NewLine : "";
            var suffix = section.ContentEnd < _text.Length ? NewLine + NewLine : NewLine;
            Replace(section.ContentStart, section.ContentEnd, prefix + body + suffix);
            return;
        }
        Replace(start, end, body);
    }

    /// <summary>Adds lines after the section's last non-blank line.</summary>
    public void Append(Section section, IEnumerable<string> lines)
    {
        var (start, end) = Trimmed(section);
        if (start == end)
        {
            ReplaceBody(section, lines);
            return;
        }
        Replace(end, end, string.Concat(lines.Select(l => NewLine + l)));
    }

    /// <summary>Adds a new section at the end of the file.</summary>
    public void AddSection(string heading, IEnumerable<string> lines)
    {
        var lead = _text.Length == 0 || _text.EndsWith('\n') ? NewLine : NewLine + NewLine;
        Replace(_text.Length, _text.Length, lead + heading + NewLine + NewLine + string.Join(NewLine, lines) + NewLine);
    }

    public string Apply()
    {
        var text = _text;
        foreach (var (start, end, replacement) in _edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
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
