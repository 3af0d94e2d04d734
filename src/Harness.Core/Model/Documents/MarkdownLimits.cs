using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>
/// Shapes no person writes but an agent's broken output can: lists or quotes nested hundreds of levels deep,
/// tables thousands of columns wide. Markdig's cost grows quickly with them (and it stops with an exception
/// at its own depth limit), so they are refused before parsing, with the line where they start.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Leading whitespace (in columns) past which a line is nested too deep: about 60 list levels.</summary>
    public const int MaxIndent = 240;

    public const int MaxQuoteDepth = 32;

    public const int MaxTableColumns = 500;

    public static InputError? Check(SourceText source)
    {
        var text = source.Text;
        var lineStart = 0;
        var line = 1;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var problem = CheckLine(text, lineStart, lineEnd);
            if (problem is not null)
            {
                return new InputError(new SourceLocation(source.Path, line, 1), problem);
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return null;
    }

    private static string? CheckLine(string text, int start, int end)
    {
        var indent = 0;
        var quotes = 0;
        var i = start;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else if (c == '>')
            {
                quotes++;
            }
            else
            {
                break;
            }
        }
        if (indent > MaxIndent)
        {
            return $"is nested too deeply ({indent} columns of indentation); no artifact needs more than {MaxIndent}";
        }
        if (quotes > MaxQuoteDepth)
        {
            return $"has block quotes nested {quotes} deep; no artifact needs more than {MaxQuoteDepth}";
        }
        var pipes = 0;
        for (; i < end; i++)
        {
            if (text[i] == '|' && ++pipes > MaxTableColumns)
            {
                return $"has a table row wider than {MaxTableColumns} columns; split the table";
            }
        }
        return null;
    }
}
