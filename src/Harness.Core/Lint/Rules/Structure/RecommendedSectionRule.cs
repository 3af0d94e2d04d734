using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>A recommended section is missing: a hint, never more than info.</summary>
public sealed class RecommendedSectionRule : IRule
{
    public string Id => RuleIds.RecommendedSection;

    public string Name => "recommended-section";

    public Severity DefaultSeverity => Severity.Info;

    public string Summary => "An artifact lacks a section the contract recommends for its kind.";

    public IEnumerable<RuleFinding> Check(LintContext context) =>
        MissingSections.Of(context, schema => schema.Recommended, "the contract recommends");
}
