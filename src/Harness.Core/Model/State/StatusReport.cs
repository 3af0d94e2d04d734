using Harness.Core.Model.Evidence;

namespace Harness.Core.Model.State;

/// <summary>The latest verify of a track: its state and, when a run was recorded, its command, commit and time.</summary>
public sealed record VerifyStatus(VerifyState State, string? Command, string? Commit, DateTimeOffset? At);

/// <summary>One track's line of `harness status` (a single-agent task shows its brief as one line, id "brief").</summary>
public sealed record TrackStatusLine(string Id, string Title, string? Status, string? Owner, IReadOnlyList<string> Dependencies, VerifyStatus Verify);

/// <summary>The Progress Note as status shows it: where it is, how old, and its Next Step.</summary>
public sealed record NoteStatus(string Path, string? Status, DateTimeOffset? Updated, TimeSpan? Age, string? NextStep);

/// <summary>One task as `harness status` reports it.</summary>
public sealed record TaskStatusReport(string Feature, bool LongRunning, IReadOnlyList<TrackStatusLine> Tracks, NoteStatus? Note);
