namespace Harness.Core.Tests.Lint.Support;

/// <summary>A rule id a fixture expects on one line of one of its files (1-based; a file-level finding is on line 1).</summary>
internal sealed record Expectation(string File, int Line, string RuleId)
{
    public override string ToString() => $"{File}:{Line} {RuleId}";
}
