using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Config;

/// <summary>One entry of harness.yml's rules: a rule id or name, its severity (null: off), and where it was written.</summary>
public sealed record RuleSetting(string Key, Severity? Severity, SourceLocation Location);
