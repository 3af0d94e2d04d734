using Harness.Core.Model.Findings;

namespace Harness.Core.Restart;

/// <summary>The stop conditions restart reports, one a reason not to restart from the packet (ids in <see cref="RuleIds"/>).</summary>
public static class RestartRules
{
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new(RuleIds.NoProgressNote, "no-progress-note", Severity.Error, "The task has no Progress Note to restart from."),
        new(RuleIds.NoVerifyResult, "no-verify-result", Severity.Error,
            "No verify result at all: no evidence record and no Last Verify line in the Progress Note."),
        new(RuleIds.MissingInput, "missing-input", Severity.Error,
            "A required input is missing or empty: the plan or one of its sections, the feature list, a required section of the brief or note."),
        new(RuleIds.OwnershipUnclear, "ownership-unclear", Severity.Error,
            "Ownership is unclear or colliding: a track with no owner, two tracks that can run at the same time owning one file, or a note naming a track the feature list lacks."),
        new(RuleIds.TrackHeld, "track-held", Severity.Error, "The current track is blocked or waits for a person's approval."),
        new(RuleIds.MergeConflict, "merge-conflict", Severity.Error, "The work tree has unresolved merge conflicts."),
        new(RuleIds.VerifyNotCurrent, "verify-not-current", Severity.Error,
            "The restarting track's (or single-agent task's) verify result is unknown, stale or failed."),
        new(RuleIds.NoteHeld, "note-held", Severity.Error, "The Progress Note's Status is blocked or needs-human-approval."),
        new(RuleIds.OwnedFilesInUse, "owned-files-in-use", Severity.Error, "Another track that is in progress owns one of this track's files."),
        new(RuleIds.BaseDrift, "base-drift", Severity.Error, "The base branch has commits touching the track's owned files that HEAD lacks."),
        new(RuleIds.BaseConflict, "base-conflict", Severity.Error, "Merging the base branch into HEAD would conflict."),
        new(RuleIds.DependenciesUnfinished, "dependencies-unfinished", Severity.Error, "A track this track depends on is not done."),
    ];
}
