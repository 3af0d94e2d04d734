using Harness.Core.Model.Findings;

namespace Harness.Core.Tests.Lint.Support;

/// <summary>An approval file's text: every finding in the one line format of <see cref="FindingLine"/>.</summary>
internal static class FindingLines
{
    /// <summary>Every finding a line, in the engine's order (file, line, column, id), each line ended by "\n".</summary>
    public static string All(IEnumerable<Diagnostic> findings) => string.Concat(findings.Select(f => FindingLine.Format(f) + "\n"));
}
