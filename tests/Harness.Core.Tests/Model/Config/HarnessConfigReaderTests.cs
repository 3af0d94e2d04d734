using Harness.Core.Model.Config;
using Harness.Core.Model.Documents;

namespace Harness.Core.Tests.Model.Config;

public sealed class HarnessConfigReaderTests
{
    // Found by fuzz/run.sh: each of these harness.yml files made YamlDotNet throw out of the reader.
    [TestCase("- {\n0", TestName = "Fuzz_unclosed_flow_mapping_in_harness_yml_keeps_the_defaults_and_reports_it")]
    [TestCase(" : 0", TestName = "Fuzz_key_without_a_node_in_harness_yml_keeps_the_defaults_and_reports_it")]
    [TestCase("!<>", TestName = "Fuzz_empty_verbatim_tag_in_harness_yml_keeps_the_defaults_and_reports_it")]
    [TestCase("!!+0", TestName = "Fuzz_invalid_global_tag_in_harness_yml_keeps_the_defaults_and_reports_it")]
    public void Fuzz_malformed_harness_yml_is_a_finding_not_an_exception(string yaml)
    {
        var diagnostics = new List<Harness.Core.Model.Findings.Diagnostic>();

        var config = HarnessConfigReader.Read(new SourceText("harness.yml", yaml), diagnostics);

        config.Should().BeSameAs(HarnessConfig.Default);
        diagnostics.Should().ContainSingle(d => d.RuleId == "HRN002" && d.Location.Line == 1);
    }

    [Test]
    public void Base_names_the_branch_restart_compares_a_track_with_and_a_list_there_is_a_finding()
    {
        var diagnostics = new List<Harness.Core.Model.Findings.Diagnostic>();

        var named = HarnessConfigReader.Read(new SourceText("harness.yml", "version: 1\nbase: trunk\n"), diagnostics);
        var listed = HarnessConfigReader.Read(new SourceText("harness.yml", "version: 1\nbase:\n  - main\n"), diagnostics);

        named.BaseBranch.Should().Be("trunk");
        listed.BaseBranch.Should().BeNull();
        diagnostics.Should().ContainSingle(d => d.RuleId == "HRN002" && d.Location.Line == 3)
            .Which.Message.Should().Contain("base in harness.yml must name a branch (such as main), not a list");
    }
}
