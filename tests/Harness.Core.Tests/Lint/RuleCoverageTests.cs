using Harness.Core.Agents;
using Harness.Core.Guard;
using Harness.Core.Lint;
using Harness.Core.Model.Findings;
using Harness.Core.Restart;
using Harness.Core.Tests.Lint.Support;

namespace Harness.Core.Tests.Lint;

/// <summary>Every lint rule is proven by a fixture that raises it (LintFixtureTests holds the markers to what lint finds).</summary>
public sealed class RuleCoverageTests
{
    /// <summary>
    /// Ids no lint run can raise: guard's, which judge changed files, not artifacts, and restart's stop conditions.
    /// Lint rules are never listed here.
    /// </summary>
    private static readonly string[] NotRaisedByLint = [.. GuardRules.All.Select(r => r.Id), .. AgentsRules.All.Select(r => r.Id), .. RestartRules.All.Select(r => r.Id)];

    [Test]
    public void Every_lint_rule_id_is_raised_by_a_fixture()
    {
        var problems = new List<string>();
        var raised = SourceTree.Fixtures().SelectMany(f => f.Expectations(problems)).Select(e => e.RuleId).ToHashSet(StringComparer.Ordinal);

        problems.Should().BeEmpty();
        LintRuleIds().Except(NotRaisedByLint).Where(id => !raised.Contains(id)).Should()
            .BeEmpty("each lint rule wants a fixture under Lint/Fixtures whose marked line raises it");
    }

    [Test]
    public void The_ids_left_out_are_no_lint_rule()
    {
        RuleCatalog.All.Select(r => r.Id).Intersect(NotRaisedByLint).Should().BeEmpty();
    }

    /// <summary>The catalogue's rules and every id RuleIds declares, so an id without a rule is not missed either.</summary>
    private static IEnumerable<string> LintRuleIds() =>
        RuleCatalog.All.Select(r => r.Id)
            .Concat(typeof(RuleIds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
}
