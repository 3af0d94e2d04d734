using Harness.Core.Guard;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output.Guard;

/// <summary>`harness guard` for people (and the pre-commit hook): one finding line a violation, then the verdict.</summary>
internal static class GuardTextRenderer
{
    public static void Render(GuardReport report, TextWriter output)
    {
        foreach (var v in report.Violations)
        {
            output.WriteLine(FindingLine.Format(SourceLocation.StartOf(v.Change.Path), "error", v.RuleId, v.Message));
        }
        output.WriteLine(Summary(report));
    }

    public static string Summary(GuardReport report)
    {
        var verdict = report.Violations.Count == 0 ? "ok" : $"{report.Violations.Count} violation(s)";
        return $"guard {report.TaskId} Track {report.Track.Id} ({report.Track.Owner}): {report.Changes.Count} changed path(s) in {report.Scope.Describe()}, {verdict}";
    }
}
