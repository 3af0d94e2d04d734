using Harness.Core.Model.Config;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Findings;

namespace Harness.Core.Tests.Model.Config;

public sealed class RuleSettingsTests
{
    [Test]
    public void Rule_settings_keep_their_key_severity_and_line_and_an_id_or_name_in_any_case_finds_them()
    {
        var diagnostics = new List<Diagnostic>();
        var source = new SourceText("harness.yml", "version: 1\nrules:\n  HRN015: off\n  next-step-not-single: error\n  HRN008: warn\n");

        var config = HarnessConfigReader.Read(source, diagnostics);

        config.RuleSettings.Select(s => (s.Key, s.Severity, s.Location.Line)).Should().Equal(
            ("HRN015", (Severity?)null, 3), ("next-step-not-single", Severity.Error, 4), ("HRN008", Severity.Warning, 5));
        config.Rules["hrn015"].Should().BeNull();
        config.Rules["Next-Step-Not-Single"].Should().Be(Severity.Error);
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void A_setting_that_is_no_severity_is_a_config_finding_and_no_setting()
    {
        var diagnostics = new List<Diagnostic>();

        var config = HarnessConfigReader.Read(new SourceText("harness.yml", "rules:\n  HRN015: loud\n"), diagnostics);

        config.RuleSettings.Should().BeEmpty();
        diagnostics.Should().ContainSingle(d => d.RuleId == RuleIds.ConfigMalformed && d.Location.Line == 2);
    }
}
