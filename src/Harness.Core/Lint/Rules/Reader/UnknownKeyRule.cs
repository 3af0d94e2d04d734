using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Reader;

/// <summary>Unknown keys in front matter or harness.yml, including a rule setting that names no rule.</summary>
public sealed class UnknownKeyRule : IRule
{
    public string Id => RuleIds.UnknownKey;

    public string Name => "unknown-key";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "A key in front matter or harness.yml that harness does not know, or a rule setting naming no rule.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var finding in ReaderDiagnostics.Of(context, Id))
        {
            yield return finding;
        }
        foreach (var setting in context.Config.RuleSettings.Where(s => !RuleCatalog.IsKnown(s.Key)))
        {
            yield return new RuleFinding(setting.Location,
                $"rules: '{setting.Key}' names no lint rule, so the setting does nothing; use a rule id such as HRN013 or its name (see docs/rules/README.md)");
        }
    }
}
