using Harness.Core.Config;
using Harness.Core.Documents;

namespace Harness.Core.Tests.Config;

public sealed class HarnessConfigReaderTests
{
    [Test]
    public void Fuzz_unclosed_flow_mapping_in_harness_yml_keeps_the_defaults_and_reports_it()
    {
        // Found by fuzz/run.sh: this harness.yml made YamlDotNet throw InvalidOperationException out of the reader.
        var diagnostics = new List<Harness.Core.Findings.Diagnostic>();

        var config = HarnessConfigReader.Read(new SourceText("harness.yml", "- {\n0"), diagnostics);

        config.Should().BeSameAs(HarnessConfig.Default);
        diagnostics.Should().ContainSingle(d => d.RuleId == "HRN002" && d.Location.Line == 1);
    }
}
