using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.State;

/// <summary>
/// Checks the stop conditions of the restart protocol (contract, section 7), each mechanically, and says for
/// each the path and the command or edit that fixes it.
/// </summary>
public static class StopConditions
{
    public static IReadOnlyList<StopCondition> Find(TaskState sources, IReadOnlyList<PacketInput> inputs, IReadOnlyList<VerifyResult> verify)
    {
        var stops = new List<StopCondition>();
        var task = sources.Task;
        if (sources.Note is null)
        {
            stops.Add(new StopCondition(RuleIds.NoProgressNote, SourceLocation.StartOf(task.NotePath),
                "there is no Progress Note", Fixes.WriteNote(task.NotePath)));
        }
        if (verify.All(v => v.Freshness == VerifyState.None))
        {
            var run = RunVerify(sources);
            stops.Add(new StopCondition(RuleIds.NoVerifyResult, SourceLocation.StartOf(sources.Note?.Path ?? task.NotePath),
                "there is no verify result at all (no evidence record and no Last Verify line)",
                $"{(run.Length > 0 ? run + ", or " : "")}add the command and its result under '## Last Verify' in {task.NotePath}"));
        }
        foreach (var input in inputs.Where(i => i.Missing && i.Name != "Progress Note"))
        {
            stops.Add(new StopCondition(RuleIds.MissingInput, SourceLocation.StartOf(input.Path),
                $"a required input is missing: {input.Name}", input.Fix!));
        }
        if (sources.FeatureList is not null)
        {
            AddOwnership(sources, stops);
        }
        if (sources.Track is { } track && track.StatusKind is TrackStatus.Blocked or TrackStatus.NeedsHumanApproval)
        {
            var status = track.Status!;
            var fix = track.StatusKind == TrackStatus.Blocked
                ? $"clear the blocker, then set the Status of Track {track.Id} in {status.Location.File} to in-progress"
                : $"a person approves, then sets the Status of Track {track.Id} in {status.Location.File} to in-progress";
            stops.Add(new StopCondition(RuleIds.TrackHeld, status.Location, $"Track {track.Id} is {status.Unwrapped}", fix));
        }
        AgentStops.Add(sources, verify, stops);
        foreach (var path in sources.Git.Conflicts)
        {
            stops.Add(new StopCondition(RuleIds.MergeConflict, SourceLocation.StartOf(path),
                "unresolved merge conflict in the work tree", $"resolve the conflict, then `git add {path}`"));
        }
        return stops;
    }

    /// <summary>
    /// The verify that gives this packet a result: of the track, of the brief, or for the planner of every track
    /// with a command (naming where each track without one must get it). Empty when there is no track to verify.
    /// </summary>
    private static string RunVerify(TaskState sources)
    {
        var task = sources.Task;
        if (sources.SingleAgent)
        {
            return VerifyFixes.ForBrief(task.Id, sources.Brief, task.BriefPath, sources.StatedCommands.For(null));
        }
        if (sources.Track is { } track)
        {
            return VerifyFixes.ForTrack(task.Id, track, sources.StatedCommands.For(track.Id));
        }
        var runnable = sources.Tracks.Where(t => t.VerifyCommand is not null).ToList();
        var parts = new List<string>();
        if (runnable.Count > 0)
        {
            parts.Add(runnable.Count == sources.Tracks.Count
                ? $"run `{CommandWords.Verify(task.Id)}` (every track)"
                : $"run `{CommandWords.Verify(task.Id, runnable.Select(t => t.Id))}`");
        }
        parts.AddRange(sources.Tracks.Where(t => t.VerifyCommand is null)
            .Select(t => VerifyFixes.WriteCommand(t, sources.StatedCommands.For(t.Id))));
        return string.Join("; ", parts);
    }

    private static void AddOwnership(TaskState sources, List<StopCondition> stops)
    {
        var list = sources.FeatureList!;
        foreach (var track in sources.Tracks.Where(t => t.Owner is null || FieldReader.IsNone(t.Owner.Text)))
        {
            stops.Add(new StopCondition(RuleIds.OwnershipUnclear, track.Owner?.Location ?? track.Location,
                $"Track {track.Id} has no owner", $"name its owner under '- Owner' of Track {track.Id} in {list.Path}"));
        }
        var shared = list.SharedFiles.Concat(sources.Plan?.SharedFiles ?? []);
        var analysis = new OwnershipAnalysis(sources.Tracks, sources.Graph, shared);
        foreach (var overlap in analysis.Overlaps(sources.MergeOrder.Schedule is { } schedule ? schedule.MayRunTogether : null))
        {
            var (a, b) = (overlap.First.Track.Id, overlap.Second.Track.Id);
            stops.Add(new StopCondition(RuleIds.OwnershipUnclear, overlap.Second.Value.Location,
                $"Track {a} and Track {b} can run at the same time and both own {overlap.Example}",
                $"give {overlap.Example} to one track, make Track {b} depend on Track {a} (or follow it in the plan's Merge Order), or name it in the Shared File Rule of {list.Path}"));
        }
        if (sources.Note?.Track is { } named && sources.Track is null)
        {
            stops.Add(new StopCondition(RuleIds.OwnershipUnclear, named.Location,
                $"the Progress Note names track '{named.Unwrapped}', which {list.Path} does not list",
                $"fix 'track:' in the front matter of {named.Location.File}, or pass {CommandWords.Track} with one of {(sources.Tracks.Count == 0 ? "its tracks (it has none yet)" : string.Join(", ", sources.Tracks.Select(t => t.Id)))}"));
        }
    }
}
