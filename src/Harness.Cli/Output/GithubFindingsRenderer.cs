using System.Text;
using Harness.Core.Findings;
using Harness.Core.Rules;

namespace Harness.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (`::error file=F,line=L,col=C,title=HRN004::message`), so findings show as
/// annotations on the pull request. Escaping follows the workflow-command rules: % \r \n in the message, and
/// also , and : in property values.
/// </summary>
internal sealed class GithubFindingsRenderer : IFindingsRenderer
{
    public void Render(LintResult result, CliContext context)
    {
        foreach (var finding in result.Findings)
        {
            var command = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var location = finding.Location;
            context.Output.WriteLine(
                $"::{command} file={Property(result.RepoPrefix + location.File)},line={location.Line},col={location.Column},title={Property(finding.RuleId)}::{Data(finding.Message)}");
        }
    }

    public static string Data(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    public static string Property(string text) =>
        new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
