namespace Harness.Core.Model.Documents;

/// <summary>
/// Where a long Markdown text can be cut into parts that parse to the same blocks as the whole: before an ATX heading
/// at the start of a line (`## Track T12: ...`), which closes every open paragraph, list and block quote, when that
/// line is outside a fenced code block and an HTML block. A feature list of thousands of tracks is then parsed a part at
/// a time, and each part's syntax tree dies young instead of being copied by every collection of the parse.
/// </summary>
/// <remarks>
/// The scan keeps only the state a cut depends on, and where it cannot be sure it stops cutting for the rest of the
/// text (the parts then are fewer, never wrong):
/// <list type="bullet">
/// <item>A fence at column 0 is always a top-level fence. A fence or HTML start indented one to three spaces may
/// belong to a list item, whose end the scan does not track, so it ends the cutting.</item>
/// <item>HTML blocks of CommonMark's kinds 1 to 5 end at their end marker; any other line starting with '&lt;' is
/// taken as an HTML block up to the next blank line (kinds 6 and 7, and a paragraph line: the cut only waits).</item>
/// <item>A heading line indented by four or more columns, inside a block quote, or inside a fence is not a heading at
/// column 0, so it is never a cut.</item>
/// </list>
/// </remarks>
internal static class MarkdownChunks
{
    /// <summary>Characters a part holds at least before it is cut; shorter files are parsed whole.</summary>
    public const int DefaultSize = 32 * 1024;

    private static readonly string[] RawHtmlTags = ["<script", "<pre", "<style", "<textarea"];

    public static IEnumerable<(int Start, int End)> Split(string text, int size)
    {
        if (text.Length <= size)
        {
            yield return (0, text.Length);
            yield break;
        }
        var partStart = 0;
        var scan = new Scan();
        // Front matter's lines are YAML, where "# ..." is a comment: the scan starts after it, or never.
        var bodyStart = AfterFrontMatter(text);
        for (var lineStart = bodyStart; lineStart < text.Length && !scan.Stopped;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            if (scan.IsCut(line) && lineStart - partStart >= size)
            {
                yield return (partStart, lineStart);
                partStart = lineStart;
            }
            lineStart = newline < 0 ? text.Length : newline + 1;
        }
        yield return (partStart, text.Length);
    }

    /// <summary>Where the text after the front matter starts; past the end when the front matter never closes.</summary>
    private static int AfterFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return 0;
        }
        for (var lineStart = text.IndexOf('\n') + 1; lineStart > 0 && lineStart < text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var line = text.AsSpan(lineStart, (newline < 0 ? text.Length : newline) - lineStart).TrimEnd('\r').TrimEnd(' ').TrimEnd('\t');
            if (line is "---" or "...")
            {
                return newline < 0 ? text.Length : newline + 1;
            }
            lineStart = newline + 1;
        }
        return text.Length;
    }

    /// <summary>The state of the line scan: an open fence, an open HTML block, or given up.</summary>
    private sealed class Scan
    {
        private char _fence;
        private int _fenceLength;
        private string? _htmlEnd;
        private bool _htmlToBlank;

        public bool Stopped { get; private set; }

        /// <summary>Reads one line; true when the text may be cut before it.</summary>
        public bool IsCut(ReadOnlySpan<char> line)
        {
            if (_fence != '\0')
            {
                if (Closes(line))
                {
                    _fence = '\0';
                }
                return false;
            }
            if (_htmlEnd is not null)
            {
                if (_htmlEnd == RawHtmlEnd ? ClosesRawHtml(line) : line.Contains(_htmlEnd, StringComparison.Ordinal))
                {
                    _htmlEnd = null;
                }
                return false;
            }
            if (_htmlToBlank)
            {
                // A line taken for HTML up to a blank line may have been a paragraph, which a fence or an HTML block
                // interrupts: from such a line on, the scan cannot know what the parser has open.
                var inner = line.TrimStart(' ');
                Stopped = Indent(line) < 4 && (Opens(inner) is not null || inner.StartsWith("<"));
                _htmlToBlank = !line.IsWhiteSpace();
                return false;
            }
            var indent = Indent(line);
            if (indent >= 4)
            {
                return false;
            }
            var rest = line.TrimStart(' ');
            if (indent == 0 && IsAtxHeading(rest))
            {
                return true;
            }
            if (Opens(rest) is var (fence, length))
            {
                Stopped = indent > 0;
                (_fence, _fenceLength) = (fence, length);
                return false;
            }
            if (rest.StartsWith("<"))
            {
                Stopped = indent > 0;
                OpenHtml(rest);
            }
            return false;
        }

        private static int Indent(ReadOnlySpan<char> line)
        {
            var columns = 0;
            foreach (var c in line)
            {
                if (c == ' ')
                {
                    columns++;
                }
                else if (c == '\t')
                {
                    columns += 4 - columns % 4;
                }
                else
                {
                    break;
                }
            }
            return columns;
        }

        /// <summary>`#` to `######` followed by a blank or the end of the line.</summary>
        private static bool IsAtxHeading(ReadOnlySpan<char> line)
        {
            var hashes = 0;
            while (hashes < line.Length && line[hashes] == '#')
            {
                hashes++;
            }
            return hashes is >= 1 and <= 6 && (hashes == line.Length || line[hashes] is ' ' or '\t');
        }

        /// <summary>A fence opening: three or more backticks (with no backtick after them) or tildes.</summary>
        private static (char Fence, int Length)? Opens(ReadOnlySpan<char> line)
        {
            if (line.Length < 3 || line[0] is not ('`' or '~'))
            {
                return null;
            }
            var fence = line[0];
            var length = 0;
            while (length < line.Length && line[length] == fence)
            {
                length++;
            }
            if (length < 3 || (fence == '`' && line[length..].Contains('`')))
            {
                return null;
            }
            return (fence, length);
        }

        private bool Closes(ReadOnlySpan<char> line)
        {
            if (Indent(line) >= 4)
            {
                return false;
            }
            var rest = line.TrimStart(' ');
            var length = 0;
            while (length < rest.Length && rest[length] == _fence)
            {
                length++;
            }
            return length >= _fenceLength && rest[length..].IsWhiteSpace();
        }

        private void OpenHtml(ReadOnlySpan<char> line)
        {
            if (OpensRawHtml(line))
            {
                // Kind 1 ends at the line holding any of the four closing tags.
                _htmlEnd = ClosesRawHtml(line[1..]) ? null : RawHtmlEnd;
                return;
            }
            var (opener, end) = line.StartsWith("<!--") ? (4, "-->")
                : line.StartsWith("<![CDATA[") ? (9, "]]>")
                : line.StartsWith("<?") ? (2, "?>")
                : line.Length > 2 && line[1] == '!' && char.IsAsciiLetter(line[2]) ? (2, ">")
                : (0, null);
            if (end is null)
            {
                _htmlToBlank = true;
                return;
            }
            if (line[opener..].Contains(end, StringComparison.Ordinal))
            {
                return;
            }
            // "<!-->" or "<?>": whether the block ends on its first line is a fine point of CommonMark's versions.
            Stopped |= line.Contains(end, StringComparison.Ordinal);
            _htmlEnd = end;
        }

        private const string RawHtmlEnd = "</raw>";

        private static bool OpensRawHtml(ReadOnlySpan<char> line)
        {
            foreach (var tag in RawHtmlTags)
            {
                if (line.StartsWith(tag, StringComparison.OrdinalIgnoreCase) && (line.Length == tag.Length || line[tag.Length] is ' ' or '\t' or '>'))
                {
                    return true;
                }
            }
            return false;
        }

        private static bool ClosesRawHtml(ReadOnlySpan<char> line) =>
            line.Contains("</script>", StringComparison.OrdinalIgnoreCase) || line.Contains("</pre>", StringComparison.OrdinalIgnoreCase) ||
            line.Contains("</style>", StringComparison.OrdinalIgnoreCase) || line.Contains("</textarea>", StringComparison.OrdinalIgnoreCase);
    }
}
