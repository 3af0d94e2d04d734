using Harness.Core.Model.Findings;

namespace Harness.Core.Tests.Lint.Support;

/// <summary>
/// The one line format of a finding, `path(line,col): severity ID: message`, built here rather than taken from
/// the command line's renderers: the approval files hold what the engine found, whatever the Cli prints.
/// </summary>
internal static class FindingLine
{
    public static string Of(Diagnostic finding) =>
        $"{finding.Location.File}({finding.Location.Line},{finding.Location.Column}): {finding.Severity.ToName()} {finding.RuleId}: {finding.Message}";

    /// <summary>Every finding a line, in the engine's order (file, line, column, id), each line ended by "\n".</summary>
    public static string All(IEnumerable<Diagnostic> findings) => string.Concat(findings.Select(f => Of(f) + "\n"));
}
