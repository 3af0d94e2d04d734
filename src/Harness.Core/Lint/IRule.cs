using Harness.Core.Model.Findings;

namespace Harness.Core.Lint;

/// <summary>
/// One lint rule: a stable id (RuleIds), a short kebab-case name, the severity it reports unless harness.yml
/// says otherwise, and a check over the parsed workspace. Rules never read files; the engine parsed them once.
/// </summary>
public interface IRule
{
    string Id { get; }

    string Name { get; }

    Severity DefaultSeverity { get; }

    /// <summary>One sentence: what the rule finds.</summary>
    string Summary { get; }

    IEnumerable<RuleFinding> Check(LintContext context);
}
