using Harness.Core.Model.Documents;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Note;

/// <summary>
/// Merges what git shows into the note's Changed Files: every line there stays as written, a path no line
/// names yet is added as "- `path`" after the last item. Only `--changed-reset` replaces the section.
/// </summary>
internal static class ChangedFilesMerge
{
    public const string Heading = "Changed Files";

    /// <summary>Edits the section (adds it when missing and there is something to list); true when it changed.</summary>
    public static bool Edit(InPlaceEdit edit, Section? section, IReadOnlyList<string> paths, bool reset)
    {
        if (reset)
        {
            IReadOnlyList<string> lines = paths.Count == 0 ? ["- none"] : paths.Select(Bullet).ToList();
            return section is null ? NoteSections.AddSection(edit, Heading, lines) : edit.ReplaceBody(section, lines);
        }
        var written = section is null ? [] : NoteLine.AllLines(section);
        var added = paths.Where(p => !written.Any(line => Names(line.Text, p))).Select(Bullet).ToList();
        if (added.Count == 0)
        {
            return false;
        }
        return section is null ? NoteSections.AddSection(edit, Heading, added) : NoteSections.Add(edit, section, added);
    }

    /// <summary>
    /// True when a line of the note names the path: the path stands in it as a whole word (backticked or bare,
    /// with any prose around it, "./" before it allowed), or a backticked folder or glob in it covers the path.
    /// </summary>
    internal static bool Names(string line, string path)
    {
        for (var at = line.IndexOf(path, StringComparison.Ordinal); at >= 0; at = line.IndexOf(path, at + 1, StringComparison.Ordinal))
        {
            if (StartsWord(line, at) && EndsWord(line, at + path.Length))
            {
                return true;
            }
        }
        foreach (var (code, _) in InlineCode.Spans(line))
        {
            var pattern = code.Trim();
            // A span with a space is a command or prose, not a path.
            if (pattern.Length > 0 && !pattern.Contains(' ', StringComparison.Ordinal) && new GlobPattern(pattern).Matches(path))
            {
                return true;
            }
        }
        return false;
    }

    // A name from git is quoted whole: a newline or a backtick in it never opens a line or a heading of the note.
    private static string Bullet(string path) => "- " + MarkdownText.CodeSpan(path);

    private static bool StartsWord(string line, int at)
    {
        if (at == 0 || !IsPathChar(line[at - 1]))
        {
            return true;
        }
        return at >= 2 && line[at - 1] == '/' && line[at - 2] == '.' && (at == 2 || !IsPathChar(line[at - 3]));
    }

    /// <summary>The path ends where no path character follows; a full stop ending the sentence does not continue it.</summary>
    private static bool EndsWord(string line, int end) =>
        end == line.Length || !IsPathChar(line[end]) || (line[end] == '.' && (end + 1 == line.Length || !IsPathChar(line[end + 1])));

    private static bool IsPathChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/';
}
