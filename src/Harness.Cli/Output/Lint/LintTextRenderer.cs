using Harness.Core.Lint;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;

namespace Harness.Cli.Output.Lint;

/// <summary>`path(line,col): severity HRN004: message`, one finding a line (the compiler style editors know), and a summary on stderr.</summary>
internal sealed class LintTextRenderer : ILintRenderer
{
    private const string Reset = "\u001b[0m";

    public void Render(LintReport result, CliContext context)
    {
        foreach (var finding in result.Findings)
        {
            var location = finding.Location;
            var severity = finding.Severity.ToName();
            if (context.UseColor)
            {
                severity = Colour(finding.Severity) + severity + Reset;
            }
            context.Output.WriteLine(FindingLine.Format(location, severity, finding.RuleId, finding.Message));
        }
        context.Error.WriteLine(
            $"harness lint: {Count(result, Severity.Error, "error")}, {Count(result, Severity.Warning, "warning")}, " +
            $"{Count(result, Severity.Info, "info")} in {result.FilesChecked} files");
    }

    private static string Count(LintReport result, Severity severity, string noun)
    {
        var count = result.Count(severity);
        return $"{count} {noun}{(count == 1 ? "" : "s")}";
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };
}
