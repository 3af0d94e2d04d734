using System.Text.Json;
using Harness.Core.Lint;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output.Lint;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: the rule catalogue (<see cref="RuleCatalogue"/>) as tool.driver.rules, each finding a result with its
/// physical location. URIs are relative to %SRCROOT% (the checkout), so a harness repo in a subfolder keeps it.
/// Each rule carries its help page (fullDescription, help.text, help.markdown) from the binary; helpUri and the
/// driver's informationUri are written only when harness.yml names helpBaseUrl, since SARIF requires an absolute URI
/// there and GitHub's upload refuses a relative one.
/// </summary>
internal sealed class LintSarifRenderer : ILintRenderer
{
    public void Render(LintReport result, CliContext context)
    {
        var rules = RuleCatalogue.All;
        context.Output.Write(JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "harness");
            writer.WriteString("version", typeof(LintSarifRenderer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            if (result.HelpBaseUrl is { } helpBase)
            {
                writer.WriteString("informationUri", helpBase.AbsoluteUri);
            }
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(writer, rule, result.HelpBaseUrl);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                WriteResult(writer, finding, IndexOf(rules, finding.RuleId), result.RepoPrefix);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule, Uri? helpBase)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Name);
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", rule.Summary);
        writer.WriteEndObject();
        if (RuleHelpPage.Of(rule.Id) is { } page)
        {
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", page.Description.Length > 0 ? page.Description : rule.Summary);
            writer.WriteEndObject();
            writer.WriteStartObject("help");
            writer.WriteString("text", page.Fix.Length > 0 ? $"{page.Description} Fix: {page.Fix}".TrimStart() : page.Description);
            writer.WriteString("markdown", page.Markdown);
            writer.WriteEndObject();
        }
        if (helpBase is not null)
        {
            writer.WriteString("helpUri", new Uri(helpBase, $"{rule.Id}.md").AbsoluteUri);
        }
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic finding, int ruleIndex, string prefix)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        if (ruleIndex >= 0)
        {
            writer.WriteNumber("ruleIndex", ruleIndex);
        }
        writer.WriteString("level", Level(finding.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", Uri.EscapeDataString(prefix + finding.Location.File).Replace("%2F", "/", StringComparison.Ordinal));
        writer.WriteString("uriBaseId", "%SRCROOT%");
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", finding.Location.Line);
        writer.WriteNumber("startColumn", finding.Location.Column);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static int IndexOf(IReadOnlyList<RuleDescriptor> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
