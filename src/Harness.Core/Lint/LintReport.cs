using Harness.Core.Model.Findings;

namespace Harness.Core.Lint;

/// <summary>
/// The findings of one lint run, in file, line, column order, how many files it checked, and where harness.yml says
/// the rule pages are published (null when it does not).
/// </summary>
public sealed record LintReport(IReadOnlyList<Diagnostic> Findings, int FilesChecked, string RepoPrefix, Uri? HelpBaseUrl = null)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public bool Reaches(Severity threshold) => Findings.Any(f => f.Severity >= threshold);
}
