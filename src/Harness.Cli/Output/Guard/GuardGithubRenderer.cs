using Harness.Core.Guard;

namespace Harness.Cli.Output.Guard;

/// <summary>`harness guard --format github`: each violation a workflow annotation on the file, then the verdict.</summary>
internal static class GuardGithubRenderer
{
    public static void Render(GuardReport report, TextWriter output)
    {
        foreach (var v in report.Violations)
        {
            output.WriteLine(GithubAnnotation.Line("error", report.RepoPrefix + v.Change.Path, 1, 1, v.RuleId, v.Message));
        }
        output.WriteLine(GuardTextRenderer.Summary(report));
    }
}
