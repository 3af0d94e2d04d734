using System.Text;
using Harness.Core.Model.Findings;

namespace Harness.Cli.Output;

/// <summary>
/// One GitHub Actions workflow command (`::error file=F,line=L,col=C,title=T::message`), the one writer of them
/// for every command. Escaping follows the workflow-command rules: % \r \n in the message, and also , and : in
/// property values, so that no file name or message can end the command early or forge another one
/// (`::stop-commands::`, a second `::error`).
/// </summary>
internal static class GithubAnnotation
{
    /// <param name="level">error, warning or notice.</param>
    /// <param name="file">The path from the top of the git work tree (GitHub's view), not from the harness folder.</param>
    public static string Line(string level, string file, int line, int column, string title, string message) =>
        $"::{level} file={Property(file)},line={Math.Max(1, line)},col={Math.Max(1, column)},title={Property(title)}::{Data(message)}";

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    public static string Data(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    public static string Property(string text) =>
        new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
