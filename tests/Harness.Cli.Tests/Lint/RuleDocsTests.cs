using System.Reflection;
using Harness.Cli.Output;
using Harness.Cli.Tests.Support;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;

namespace Harness.Cli.Tests.Lint;

public sealed class RuleDocsTests
{
    [Test]
    public void Every_rule_id_is_in_the_catalog_once_with_a_kebab_name()
    {
        var ids = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        RuleCatalogue.All.Select(r => r.Id).Should().BeEquivalentTo(ids).And.OnlyHaveUniqueItems();
        RuleCatalogue.All.Select(r => r.Name).Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(n => n.Should().MatchRegex("^[a-z]+(-[a-z]+)*$"));
    }

    [Test]
    public void Every_rule_has_a_help_page_and_a_row_in_the_index()
    {
        var index = File.ReadAllText(Path.Combine(ProjectFiles.Root, "docs/rules/README.md"));

        foreach (var rule in RuleCatalogue.All)
        {
            var page = Path.Combine(ProjectFiles.Root, "docs/rules", rule.Id + ".md");
            File.Exists(page).Should().BeTrue(page);
            File.ReadAllText(page).Should().StartWith($"# {rule.Id} {rule.Name}").And.Contain($"Default severity: {rule.DefaultSeverity.ToName()}");
            index.Should().Contain($"| [{rule.Id}]({rule.Id}.md) | `{rule.Name}` |");
        }
    }
}
