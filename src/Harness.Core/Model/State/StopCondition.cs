using Harness.Core.Model.Text;

namespace Harness.Core.Model.State;

/// <summary>
/// A reason not to restart from the packet (contract, section 7): what is wrong, where, and the command or
/// edit that fixes it. Each is mechanical: a file, a section, a status or a git fact.
/// </summary>
public sealed record StopCondition(string Rule, SourceLocation Location, string Problem, string Fix);
