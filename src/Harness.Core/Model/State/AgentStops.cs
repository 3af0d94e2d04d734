using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.State;

/// <summary>
/// The stop conditions of the agent who restarts on a track (or on a single-agent task): its verify is not
/// current, the note holds the work, its owned files are in use by a track in progress, the base branch moved
/// under them, or its dependencies are unfinished. The planner's prompt shows the same facts and decides on
/// them itself, so only the note's hold stops it.
/// </summary>
internal static class AgentStops
{
    public static void Add(TaskState state, IReadOnlyList<VerifyResult> verify, List<StopCondition> stops)
    {
        AddNoteHeld(state, stops);
        var allNone = verify.All(v => v.Freshness == VerifyState.None);
        if (state.SingleAgent)
        {
            AddVerify(state, null, verify, allNone, stops);
            return;
        }
        if (state.Track is not { } track)
        {
            return;
        }
        AddVerify(state, track, verify.Where(v => v.Track is not null && TrackIds.Comparer.Equals(v.Track, track.Id)).ToList(), allNone, stops);
        AddInUse(state, track, stops);
        AddBase(state, track, stops);
        AddDependencies(state, track, stops);
    }

    private static void AddNoteHeld(TaskState state, List<StopCondition> stops)
    {
        if (state.Note?.Status is not { } status)
        {
            return;
        }
        var kind = TrackStatusKinds.Parse(status.Text);
        if (kind is not (TrackStatus.Blocked or TrackStatus.NeedsHumanApproval))
        {
            return;
        }
        var file = status.Location.File;
        var fix = kind == TrackStatus.Blocked
            ? $"clear the blocker the note names, then set the Status of {file} to in-progress"
            : $"a person approves, then sets the Status of {file} to in-progress";
        stops.Add(new StopCondition(RuleIds.NoteHeld, status.Location, $"the Progress Note's Status is {status.Unwrapped}", fix));
    }

    /// <summary>The agent's own verify must be current (pass at a commit, nothing but artifacts changed since).</summary>
    private static void AddVerify(TaskState state, Track? track, IReadOnlyList<VerifyResult> results, bool allNone, List<StopCondition> stops)
    {
        var task = state.Task;
        var who = track is null ? $"the verify of {task.Id}" : $"the verify of Track {track.Id}";
        var result = results.FirstOrDefault(r => r.Freshness != VerifyState.Pass);
        // No result at all is RST002 already, with the fix for the whole task (StopConditions).
        if ((results.Count > 0 && result is null) || allNone)
        {
            return;
        }
        var command = track is null ? state.Brief?.VerificationCommand : track.VerifyCommand;
        var rerun = $"`{CommandWords.RestartVerifying(task.Id, track?.Id)}`";
        var fix = command is null
            ? track is null
                ? VerifyFixes.ForBrief(task.Id, state.Brief, task.BriefPath, state.StatedCommands.For(null))
                : VerifyFixes.WriteCommand(track, state.StatedCommands.For(track.Id))
            : result?.Freshness == VerifyState.Fail
                ? $"make it pass, then run {rerun}, which runs it first and records the result (render the prompt meanwhile with {CommandWords.AllowIncomplete})"
                : $"run {rerun}, which runs it first and records a current result";
        if (result is null || result.Freshness == VerifyState.None)
        {
            var location = result is null ? SourceLocation.StartOf(state.Note?.Path ?? task.NotePath) : new SourceLocation(result.Path, Math.Max(1, result.Line), 1);
            stops.Add(new StopCondition(RuleIds.NoVerifyResult, location,
                $"{who} has no result{(result is null ? "" : $": {result.Reason}")}", fix));
            return;
        }
        stops.Add(new StopCondition(RuleIds.VerifyNotCurrent, new SourceLocation(result.Path, Math.Max(1, result.Line), 1),
            $"{who} {(result.Freshness == VerifyState.Fail ? "failed" : $"is {result.Freshness.ToName()}")}: {result.Reason}", fix));
    }

    /// <summary>Another track in progress owns a file this track owns (outside the Shared File Rule): two agents would edit it at once.</summary>
    private static void AddInUse(TaskState state, Track track, List<StopCondition> stops)
    {
        var busy = state.Tracks.Where(t => !ReferenceEquals(t, track) && t.StatusKind == TrackStatus.InProgress).ToList();
        if (busy.Count == 0 || track.OwnedFiles.Count == 0)
        {
            return;
        }
        var shared = (state.FeatureList?.SharedFiles ?? []).Concat(state.Plan?.SharedFiles ?? []);
        var analysis = new OwnershipAnalysis([track, .. busy], state.Graph, shared);
        foreach (var overlap in analysis.Overlaps((_, _) => true))
        {
            var (mine, theirs) = ReferenceEquals(overlap.First.Track, track) ? (overlap.First, overlap.Second)
                : ReferenceEquals(overlap.Second.Track, track) ? (overlap.Second, overlap.First) : (null, null);
            if (mine is null || theirs is null)
            {
                continue;
            }
            var other = theirs.Track;
            stops.Add(new StopCondition(RuleIds.OwnedFilesInUse, mine.Value.Location,
                $"Track {other.Id} ({other.Owner?.Unwrapped ?? "no owner"}) is in progress and also owns {overlap.Example}",
                $"wait until Track {other.Id} is done, or ask the planner to give {overlap.Example} to one track or name it in the Shared File Rule of {state.FeatureListPath}"));
        }
    }

    private static void AddBase(TaskState state, Track track, List<StopCondition> stops)
    {
        if (state.BaseCheck is not { Skipped: null, Base: { } name } check)
        {
            return;
        }
        var at = track.OwnedFiles.Count > 0 ? track.OwnedFiles[0].Location : track.Location;
        if (check.TouchingOwned.Count > 0)
        {
            var commits = string.Join(", ", check.TouchingOwned.Take(3).Select(c => $"{c.Hash[..Math.Min(12, c.Hash.Length)]} {c.Subject}"));
            var more = check.TouchingOwned.Count > 3 ? $" and {check.TouchingOwned.Count - 3} more" : "";
            stops.Add(new StopCondition(RuleIds.BaseDrift, at,
                $"{name} (the base, from {check.Source}) has {check.TouchingOwned.Count} commit(s) touching Track {track.Id}'s owned files that HEAD lacks: {commits}{more}",
                $"bring HEAD up to date first (`git merge {name}` or `git rebase {name}`), then rerun the verify"));
        }
        if (check.Conflicts.Count > 0)
        {
            stops.Add(new StopCondition(RuleIds.BaseConflict, SourceLocation.StartOf(check.Conflicts[0]),
                $"a merge of {name} (the base) into HEAD would conflict in {string.Join(", ", check.Conflicts.Take(5))}{(check.Conflicts.Count > 5 ? $" and {check.Conflicts.Count - 5} more" : "")}",
                $"merge {name} and resolve the conflicts before you change anything else (`git merge {name}`)"));
        }
    }

    private static void AddDependencies(TaskState state, Track track, List<StopCondition> stops)
    {
        var unfinished = state.Graph.DependenciesOf(track).Where(d => !d.StatusKind.IsFinished()).ToList();
        if (unfinished.Count == 0)
        {
            return;
        }
        var at = track.Dependencies.Count > 0 ? track.Dependencies[0].Location : track.Location;
        var list = string.Join(", ", unfinished.Select(d => $"Track {d.Id} ({d.Status?.Unwrapped ?? "no status"})"));
        stops.Add(new StopCondition(RuleIds.DependenciesUnfinished, at,
            $"Track {track.Id} depends on unfinished tracks: {list}",
            $"wait until they are done (their Status in {state.FeatureListPath} says done), or ask the planner to change the Dependencies of Track {track.Id}"));
    }
}
