using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Core.Lint;

/// <summary>
/// What a rule found: where, and a message saying what is wrong and how to fix it. The engine adds the rule id
/// and the severity; <paramref name="Severity"/> only for a rule whose finding is milder than its default.
/// </summary>
public sealed record RuleFinding(SourceLocation Location, string Message, Severity? Severity = null);
