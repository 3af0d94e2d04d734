using System.Globalization;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.State;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Writing;

namespace Harness.Core.Handoff;

/// <summary>What `harness handoff` is asked to write.</summary>
public sealed record HandoffRequest(string TaskId, string Track, string To, string Status);

/// <summary>
/// `harness handoff`: writes one handoff (contract, section 6) under tasks/ID-handoffs/, pre-filled from the
/// track (Goal, Owned Files, Verify), git (Changed Files) and the evidence (Verification); Notes, Concerns,
/// Deviations, Findings and Feedback are left for the worker to fill. It never overwrites a handoff.
/// </summary>
public static class HandoffService
{
    /// <summary>
    /// The book's exit states, each written into the track's Status in the feature list, and `partial`: the work is
    /// handed on unfinished, so the track's Status stays as written (in progress).
    /// </summary>
    public static readonly string[] ExitStates = ["done", "blocked", "needs-human-approval", Partial];

    public const string Partial = "partial";

    /// <summary>Writes the handoff and returns its repo-relative path.</summary>
    public static string Run(Workspace workspace, HandoffRequest request, DateTimeOffset now)
    {
        var task = workspace.GetTask(request.TaskId);
        var found = task.FeatureList;
        // An unreadable feature list is the problem to report, not "there is no feature list".
        workspace.ThrowIfInputErrors();
        var list = found ?? throw new HarnessInputException(
            $"task {task.Id} has no feature list, so no tracks to hand off; a single-agent task's state lives in {task.NotePath}");
        var track = list.FindTrack(request.Track) ?? throw new HarnessInputException(
            $"task {task.Id} has no track '{request.Track}' in {list.Path}; its tracks: {string.Join(", ", list.Tracks.Select(t => t.Id))}");
        if (string.IsNullOrWhiteSpace(request.To))
        {
            throw new HarnessInputException($"{CommandWords.To} must name the next owner");
        }
        workspace.ThrowIfInputErrors();
        // Opened before the handoff is written, so a Status harness cannot set leaves no handoff behind either.
        var statusEdit = StatusEdit(workspace, list, track, request.Status);
        var state = TaskState.AsNeeded(workspace, task, new GitFacts(workspace.Git));
        var verification = state.LatestEvidence.TryGetValue(track.Id, out var entry)
            ? NoteFacts.Line(entry.Record)
            : $"- none recorded; {VerifyFixes.ForTrack(task.Id, track, StatedCommand.Find(workspace.Root, task.Plan, task.Brief, track.Id))}";
        // To the tenth of a microsecond: handoffs written in the same second still come in the order they were written.
        var created = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var model = new Dictionary<string, object?>
        {
            ["feature"] = task.Id,
            ["track"] = track.Id,
            ["from"] = YamlScalar(OneLine(track.Owner?.Text ?? "unknown")),
            ["to"] = YamlScalar(OneLine(request.To)),
            ["to_text"] = OneLine(request.To),
            ["status"] = request.Status,
            ["created"] = created,
            ["goal"] = Lines(track.Goal, ScaffoldPlaceholders.TrackGoal.Sentence),
            ["owned_files"] = track.OwnedFiles.Select(f => f.Unwrapped).ToList(),
            ["required_inputs"] = Lines(track.Field("Entry Criteria"), "none"),
            ["expected_output"] = Lines(track.ExitSignal, "The track's goal holds."),
            ["verify"] = Lines(track.VerifySignal, "The track names no Verify Signal."),
            ["changed_files"] = (TrackChanges.Of(workspace, task, track.Id, state.Git) ?? state.ChangedSinceNote ?? []).Select(MarkdownText.CodeSpan).ToList(),
            ["verification"] = new List<string> { verification },
            ["remaining_gaps"] = request.Status == "done" ? new List<string> { "none" } : Lines(track.ExitSignal, "The Exit Signal does not hold yet.")
                .Select(l => $"Not yet: {l}").ToList(),
        };
        var content = new TemplateStore(workspace.Root, workspace.Config.TemplatesPath).Render(TemplateStore.Handoff, model);
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var slug = new string(track.Id.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        for (var attempt = 1; ; attempt++)
        {
            var path = $"{task.HandoffFolder}/{stamp}-track-{slug}{(attempt == 1 ? "" : $"-{attempt}")}.md";
            if (AtomicFile.TryCreate(workspace.FullPath(path), content))
            {
                statusEdit?.Write();
                return path;
            }
        }
    }

    /// <summary>The feature list with the track's Status set to the exit state; null when nothing is to change.</summary>
    private static InPlaceEdit? StatusEdit(Workspace workspace, FeatureList list, Track track, string status)
    {
        if (status == Partial)
        {
            return null;
        }
        var current = track.Status ?? throw new HarnessInputException(
            $"{list.Path}:{track.Location.Line}: Track {track.Id} has no Status line to set to '{status}'; add `- Status: in-progress` to it and run the command again");
        var edit = InPlaceEdit.Open(workspace.FullPath(list.Path), list.Path, list.Document.Source.Text);
        return edit.ReplaceValue(current, status) ? edit : null;
    }

    private static List<string> Lines(Field? field, string fallback) =>
        field is { Values.Count: > 0 } ? field.Values.Select(v => OneLine(v.Text)).ToList() : [fallback];

    /// <summary>A front matter value as YAML reads it back: plain when safe, else double-quoted.</summary>
    private static string YamlScalar(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '/') && char.IsLetterOrDigit(text[0])
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
