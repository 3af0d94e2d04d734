using Harness.Core.Model.Evidence;

namespace Harness.Core.Model.State;

/// <summary>
/// The latest verify result of a track (or of a single-agent task when <see cref="Track"/> is null), and how
/// far it can be trusted now: current, stale, failed, unknown (a note's Last Verify line) or none.
/// <see cref="Command"/> is null where nothing names a command in backticks, <see cref="Result"/> where no run
/// and no line says how it went: JSON says null there, not a phrase of harness's.
/// </summary>
public sealed record VerifyResult(string? Track, string? Command, string? Result, VerifyState Freshness, string Reason, string Path, int Line);
