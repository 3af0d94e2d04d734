using System.Text;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>
/// What a gitattributes file can do to the status. Line-ending attributes (text, eol, -text, binary) and the ones
/// that only steer diff, merge or export leave a file without a carriage return hashed as it is, so the reader can
/// still answer (and leaves files holding '\r' to git); a filter, ident, a working-tree encoding or a macro of the
/// file's own ([attr]) may change any file's blob, so git must answer.
/// </summary>
internal static class AttributeFile
{
    private static readonly string[] ContentChanging = ["filter", "ident", "working-tree-encoding"];

    public static bool OnlyLineEndings(byte[] content)
    {
        foreach (var rawLine in Encoding.UTF8.GetString(content).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line.StartsWith("[attr]", StringComparison.Ordinal))
            {
                return false;
            }
            // Every word is looked at, the pattern included: a pattern spelled like an attribute only costs a git call.
            foreach (var word in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var name = word.TrimStart('-', '!').Split('=')[0];
                if (ContentChanging.Contains(name, StringComparer.Ordinal))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
