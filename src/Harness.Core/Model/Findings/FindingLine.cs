using Harness.Core.Model.Text;

namespace Harness.Core.Model.Findings;

/// <summary>
/// The one text form of a finding, `path(line,col): severity ID: message` (the compiler style editors and CI
/// logs link to a file): lint and guard print findings in it, and an unreadable Merge Order step is reported in it.
/// </summary>
public static class FindingLine
{
    public static string Format(SourceLocation location, string severity, string ruleId, string message) =>
        $"{location.File}({location.Line},{location.Column}): {severity} {ruleId}: {message}";

    public static string Format(Diagnostic finding) =>
        Format(finding.Location, finding.Severity.ToName(), finding.RuleId, finding.Message);
}
