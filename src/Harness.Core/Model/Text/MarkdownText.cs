using System.Globalization;
using System.Text;

namespace Harness.Core.Model.Text;

/// <summary>
/// Text from outside the artifacts (file names from git) as harness writes it into Markdown: it can never open a
/// line, a heading or a code span of its own. A file name may hold a newline or backticks; written as it is, it
/// would add lines (`## Next Step`) to a note or a prompt that the next agent reads as the author's.
/// </summary>
public static class MarkdownText
{
    /// <summary>Control characters shown as escapes (\n, \r, \t, \xNN): the text stays on its line.</summary>
    public static string EscapeControl(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            escaped.Append(ch switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(ch) => "\\x" + ((int)ch).ToString("X2", CultureInfo.InvariantCulture),
                _ => ch.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>
    /// A code span holding the text whole: `path` for an ordinary name; for one holding backticks a longer fence
    /// with blanks inside (`` a`b ``), as CommonMark reads it; control characters escaped.
    /// </summary>
    public static string CodeSpan(string text)
    {
        var safe = EscapeControl(text);
        var longest = 0;
        var run = 0;
        foreach (var ch in safe)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        if (longest == 0)
        {
            return "`" + safe + "`";
        }
        var fence = new string('`', longest + 1);
        return fence + " " + safe + " " + fence;
    }
}
