namespace Harness.Core.Model.Findings;

/// <summary>What one rule id stands for: its kebab-case name, the severity it reports by default, one sentence of what it finds, and its help page.</summary>
public sealed record RuleDescriptor(string Id, string Name, Severity DefaultSeverity, string Summary)
{
    /// <summary>The rule's help page, relative to the harness project.</summary>
    public string HelpUri => $"docs/rules/{Id}.md";
}
