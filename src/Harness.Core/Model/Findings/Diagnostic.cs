using Harness.Core.Model.Text;

namespace Harness.Core.Model.Findings;

/// <summary>
/// Something the reader noticed about a file as it read it (malformed front matter, an unknown key). Lint
/// reports each under its rule id; other commands may ignore what does not stop them.
/// </summary>
public sealed record Diagnostic(string RuleId, Severity Severity, SourceLocation Location, string Message);
