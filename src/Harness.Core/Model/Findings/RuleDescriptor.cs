namespace Harness.Core.Model.Findings;

/// <summary>What one rule id stands for: its kebab-case name, the severity it reports by default, and one sentence of what it finds.</summary>
public sealed record RuleDescriptor(string Id, string Name, Severity DefaultSeverity, string Summary);
