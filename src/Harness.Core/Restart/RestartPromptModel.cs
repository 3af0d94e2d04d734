using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Assessment;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Identity;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.State;
using Harness.Core.Model.Text;

namespace Harness.Core.Restart;

/// <summary>
/// The restart packet as plain dictionaries and lists for the Scriban template: built explicitly, because a
/// reflected .NET object renders empty under Native AOT (see TemplateModel).
/// </summary>
public static class RestartPromptModel
{
    public static IEnumerable<KeyValuePair<string, object?>> Of(RestartPacket packet)
    {
        var agent = packet.Agent;
        var changes = packet.Changes;
        return new Dictionary<string, object?>
        {
            ["task"] = packet.TaskId,
            ["single_agent"] = packet.SingleAgent,
            ["track"] = agent.Track,
            ["track_title"] = agent.TrackTitle,
            ["owner"] = agent.Owner,
            ["role"] = agent.Role,
            ["agent_source"] = agent.Source,
            // A task the command line named needs no source: the agent typed it.
            ["task_source"] = agent.TaskSource == SessionClaims.TaskArgument ? null : agent.TaskSource,
            ["role_source"] = agent.RoleSource,
            ["planner_by_default"] = packet.PlannerByDefault,
            ["track_choices"] = string.Join(", ", packet.TrackChoices),
            ["start_track"] = CommandWords.Start(packet.TaskId, "T"),
            ["other_tasks"] = packet.OtherTasksInProgress.Select(t => Map(("id", t.Id), ("note", t.NotePath))).ToList(),
            ["steps"] = packet.Steps.Select(Line).ToList(),
            ["inputs"] = packet.Inputs.Select(Input).ToList(),
            ["compact_tracks"] = packet.CompactTracks.Select(Track).ToList(),
            // A track's prompt gives the others' verify state in their one line: its own list says its own result once.
            ["verify"] = packet.Verify.Where(v => agent.Track is null || v.Track is null || TrackIds.Comparer.Equals(v.Track, agent.Track)).Select(Verify).ToList(),
            ["has_git"] = changes.HasGit,
            ["note_time"] = changes.NoteTime is { } time ? $"{time.Time.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({time.Source})" : null,
            ["note_commit"] = changes.NoteCommit?.ShortHash,
            ["commits"] = changes.Commits.Select(c => Map(("hash", c.ShortHash), ("subject", c.Subject))).ToList(),
            ["uncommitted"] = changes.UncommittedOwned.Select(MarkdownText.EscapeControl).ToList(),
            ["handoffs"] = changes.NewerHandoffs.Select(h => MarkdownText.EscapeControl(h.Path)).ToList(),
            ["handoff"] = packet.Handoff is { } handoff ? Handoff(handoff) : null,
            ["open_questions"] = packet.OpenQuestions.Select(Line).ToList(),
            ["approval_gates"] = packet.ApprovalGates.Select(Line).ToList(),
            ["approvals"] = packet.PendingApprovals.Select(Line).ToList(),
            // The one finding line every command prints, so the prompt names each stop as stderr does.
            ["stops"] = packet.StopConditions.Select(s => FindingLine.Format(s.Location, "error", s.Rule, $"{s.Problem}; fix: {s.Fix}")).ToList(),
            ["assessment"] = packet.Assessment is { } assessment ? Assessment(assessment) : null,
            ["protocol"] = Protocol(packet.ProtocolSections),
            ["base"] = packet.BaseCheck is { } check ? Base(check) : null,
            ["sub_task"] = packet.SubTask is { } sub ? SubTask(sub) : null,
        };
    }

    // A default step is harness's own wording: the prompt says so, without doubling the parentheses around it.
    private static Dictionary<string, object?> Line(PacketLine line) =>
        Map(("text", line.Text), ("where", line.Path == PacketLine.Defaults ? "harness's default" : Where(line.Path, line.Line)));

    private static Dictionary<string, object?> Input(PacketInput input) => Map(
        ("name", input.Name), ("where", Where(input.Path, input.Line)), ("content", input.Content),
        // The quote is made here, not with Scriban's string.replace: its string builtins cost more to set up
        // (by reflection, on each run) than the whole rest of the prompt.
        ("quoted", "> " + input.Content.Replace("\n", "\n> ", StringComparison.Ordinal)),
        ("missing", input.Missing), ("fix", input.Fix));

    private static Dictionary<string, object?> Handoff(HandoffQuote handoff) => Map(
        ("path", MarkdownText.EscapeControl(handoff.Entry.Path)), ("from", handoff.Entry.From), ("created", handoff.Entry.Created),
        ("parts", handoff.Parts.Select(p => Map(
            ("name", p.Name), ("where", Where(handoff.Entry.Path, p.Line)),
            ("quoted", "> " + p.Content.Replace("\n", "\n> ", StringComparison.Ordinal)))).ToList()));

    private static Dictionary<string, object?> SubTask(SubTaskHandOff sub) => Map(
        ("id", sub.TaskId), ("quote", sub.Quote), ("where", Where(sub.Path, sub.Line)), ("found", sub.Found),
        ("cycle", sub.Cycle.Count == 0 ? null : string.Join(" → ", sub.Cycle)), ("done", sub.Done), ("total", sub.Total), ("command", sub.Command));

    private static Dictionary<string, object?> Track(TrackLine track) => Map(
        ("id", track.Id), ("owner", track.Owner), ("status", track.Status), ("dependencies", track.Dependencies), ("verify", track.Verify),
        ("owned_files", track.OwnedFiles), ("where", Where(track.Path, track.Line)));

    private static Dictionary<string, object?> Verify(VerifyResult result) => Map(
        ("track", result.Track), ("command", result.Command), ("result", result.Result), ("freshness", result.Freshness.ToName()),
        ("reason", result.Reason), ("where", Where(result.Path, result.Line)));

    private static Dictionary<string, object?> Assessment(TaskAssessment assessment) => Map(
        ("verdict", assessment.Verdict), ("parallel", string.Join(", ", assessment.Parallel)),
        ("criteria", assessment.Criteria.Select(c => Map(("name", c.Name), ("met", c.Met), ("detail", c.Detail), ("where", Where(c.File, c.Line)))).ToList()));

    /// <summary>The protocol's sections by name (live_checks, stop_conditions, ...); one the protocol lacks is null, and the template's own text stands in.</summary>
    private static Dictionary<string, object?> Protocol(IReadOnlyList<PacketInput> sections) =>
        ProtocolQuotes.Names.ToDictionary(
            name => name.ToLowerInvariant().Replace(' ', '_'),
            name => sections.FirstOrDefault(s => s.Name == name) is { } quote ? (object?)Input(quote) : null);

    private static Dictionary<string, object?> Base(BaseBranchCheck check) => Map(
        ("name", check.Base), ("source", check.Source), ("skipped", check.Skipped),
        ("touching", check.TouchingOwned.Count), ("conflicts", check.Conflicts.Count), ("merge_untried", check.MergeUntried));

    private static string Where(string path, int line) => line > 0 ? $"{path}:{line}" : path;

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);
}
