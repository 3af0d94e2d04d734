using Harness.Core.Lint;

namespace Harness.Cli.Output.Lint;

/// <summary>Lint findings as GitHub Actions annotations on the pull request (<see cref="GithubAnnotation"/>).</summary>
internal sealed class LintGithubRenderer : ILintRenderer
{
    public void Render(LintReport result, CliContext context)
    {
        foreach (var finding in result.Findings)
        {
            var location = finding.Location;
            context.Output.WriteLine(GithubAnnotation.Line(GithubAnnotation.Level(finding.Severity), result.RepoPrefix + location.File,
                location.Line, location.Column, finding.RuleId, finding.Message));
        }
    }
}
