using Harness.Core.Model.Findings;

namespace Harness.Core.Lint;

/// <summary>The findings of one lint run, in file, line, column order, and how many files it checked.</summary>
public sealed record LintReport(IReadOnlyList<Diagnostic> Findings, int FilesChecked, string RepoPrefix)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public bool Reaches(Severity threshold) => Findings.Any(f => f.Severity >= threshold);
}
