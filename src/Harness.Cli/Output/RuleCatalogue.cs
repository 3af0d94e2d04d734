using Harness.Core.Agents;
using Harness.Core.Guard;
using Harness.Core.Lint;
using Harness.Core.Model.Findings;
using Harness.Core.Restart;

namespace Harness.Cli.Output;

/// <summary>
/// Every rule id harness can report a finding under, in id order: lint's rules, then guard's, then restart's stop
/// conditions. SARIF describes its rules from here and the docs tests hold a help page to each. It lives in the
/// command line because it gathers three command folders, which Core keeps apart.
/// </summary>
internal static class RuleCatalogue
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        .. RuleCatalog.All.Select(rule => new RuleDescriptor(rule.Id, rule.Name, rule.DefaultSeverity, rule.Summary)),
        .. GuardRules.All,
        .. AgentsRules.All,
        .. RestartRules.All,
    ];
}
