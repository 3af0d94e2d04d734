using System.Text.Json;
using Harness.Cli.Output.Assess;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.Text;
using Harness.Core.Restart;

namespace Harness.Cli.Output.Restart;

/// <summary>The restart packet as JSON (docs/restart.md) in the envelope of docs/json.md, written field by field: no reflection, safe under AOT.</summary>
internal static class RestartJsonRenderer
{
    public static string Render(RestartReport report)
    {
        var packet = report.Packet;
        return JsonOutput.Write("restart", json =>
        {
            json.WriteString("task", packet.TaskId);
            json.WriteString("taskKind", packet.SingleAgent ? "single-agent" : "long-running");
            json.WriteBoolean("complete", packet.IsComplete);
            WriteAgent(json, packet.Agent, packet.PlannerByDefault);
            WriteArray(json, "otherTasksInProgress", packet.OtherTasksInProgress, (j, t) =>
            {
                j.WriteString("task", t.Id);
                j.WriteString("note", t.NotePath);
            });
            WriteArray(json, "steps", packet.Steps, WriteLine);
            WriteArray(json, "inputs", packet.Inputs, WriteInput);
            WriteArray(json, "compactTracks", packet.CompactTracks, WriteTrack);
            WriteArray(json, "verify", packet.Verify, WriteVerify);
            WriteChanges(json, packet.Changes);
            WriteHandoff(json, packet.Handoff);
            WriteArray(json, "handoffsSinceNote", packet.Changes.NewerHandoffs, WriteHandoffEntry);
            WriteArray(json, "openQuestions", packet.OpenQuestions, WriteLine);
            WriteArray(json, "approvalGates", packet.ApprovalGates, WriteLine);
            WriteArray(json, "pendingApprovals", packet.PendingApprovals, WriteLine);
            WriteArray(json, "stopConditions", packet.StopConditions, WriteStop);
            WriteArray(json, "protocolSections", packet.ProtocolSections, WriteInput);
            if (packet.BaseCheck is { } check)
            {
                WriteBase(json, check);
            }
            if (packet.Assessment is { } assessment)
            {
                json.WritePropertyName("assessment");
                AssessJsonRenderer.WriteObject(json, assessment);
            }
        });
    }

    private static void WriteAgent(Utf8JsonWriter json, AgentIdentity agent, bool plannerByDefault)
    {
        json.WriteStartObject("agent");
        json.WriteString("track", agent.Track);
        json.WriteString("trackTitle", agent.TrackTitle);
        json.WriteString("owner", agent.Owner);
        json.WriteString("role", agent.Role);
        json.WriteString("trackSource", agent.Source);
        json.WriteString("roleSource", agent.RoleSource);
        json.WriteString("taskSource", agent.TaskSource);
        json.WriteBoolean("plannerByDefault", plannerByDefault);
        json.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter json, ChangesSinceNote changes)
    {
        json.WriteStartObject("changesSinceNote");
        json.WriteBoolean("git", changes.HasGit);
        if (changes.NoteTime is { } time)
        {
            json.WriteString("noteTime", time.Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("noteTimeSource", time.Source);
        }
        else
        {
            json.WriteNull("noteTime");
            json.WriteNull("noteTimeSource");
        }
        json.WriteString("noteCommit", changes.NoteCommit?.Hash);
        WriteArray(json, "commits", changes.Commits, (j, c) =>
        {
            j.WriteString("hash", c.Hash);
            j.WriteString("subject", c.Subject);
        });
        JsonText.WriteStrings(json, "uncommittedOwnedFiles", changes.UncommittedOwned);
        JsonText.WriteStrings(json, "newerHandoffs", changes.NewerHandoffs.Select(h => h.Path).ToList());
        json.WriteEndObject();
    }

    /// <summary>The handoff the prompt quotes to the restarting track, every section quoted with its line; null for none.</summary>
    private static void WriteHandoff(Utf8JsonWriter json, HandoffQuote? handoff)
    {
        if (handoff is null)
        {
            json.WriteNull("handoff");
            return;
        }
        json.WriteStartObject("handoff");
        WriteHandoffEntry(json, handoff.Entry);
        WriteArray(json, "sections", handoff.Parts, (j, part) =>
        {
            j.WriteString("name", part.Name);
            j.WriteNumber("line", part.Line);
            j.WriteString("content", part.Content);
        });
        json.WriteEndObject();
    }

    private static void WriteHandoffEntry(Utf8JsonWriter json, HandoffEntry handoff)
    {
        json.WriteString("path", handoff.Path);
        json.WriteNumber("line", handoff.Line);
        json.WriteString("from", handoff.From);
        json.WriteString("to", handoff.To);
        json.WriteString("status", handoff.Status);
        json.WriteString("created", handoff.Created);
    }

    private static void WriteLine(Utf8JsonWriter json, PacketLine line)
    {
        json.WriteString("path", line.Path);
        json.WriteNumber("line", line.Line);
        json.WriteString("text", line.Text);
    }

    private static void WriteInput(Utf8JsonWriter json, PacketInput input)
    {
        json.WriteString("name", input.Name);
        json.WriteString("path", input.Path);
        json.WriteNumber("line", input.Line);
        json.WriteBoolean("missing", input.Missing);
        json.WriteString("content", input.Content);
        json.WriteString("fix", input.Fix);
    }

    private static void WriteBase(Utf8JsonWriter json, BaseBranchCheck check)
    {
        json.WriteStartObject("baseBranch");
        json.WriteString("name", check.Base);
        json.WriteString("source", check.Source);
        json.WriteString("skipped", check.Skipped);
        json.WriteString("mergeUntried", check.MergeUntried);
        json.WriteStartArray("commitsTouchingOwnedFiles");
        foreach (var commit in check.TouchingOwned)
        {
            json.WriteStringValue(commit.Hash);
        }
        json.WriteEndArray();
        json.WriteStartArray("conflicts");
        foreach (var path in check.Conflicts)
        {
            json.WriteStringValue(path);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTrack(Utf8JsonWriter json, TrackLine track)
    {
        json.WriteString("id", track.Id);
        json.WriteString("owner", track.Owner);
        json.WriteString("status", track.Status);
        json.WriteString("dependencies", track.Dependencies);
        json.WriteString("verify", track.Verify);
        json.WriteString("ownedFiles", track.OwnedFiles);
        json.WriteString("path", track.Path);
        json.WriteNumber("line", track.Line);
    }

    private static void WriteVerify(Utf8JsonWriter json, VerifyResult result)
    {
        json.WriteString("track", result.Track);
        json.WriteString("command", result.Command);
        json.WriteString("result", result.Result);
        json.WriteString("verifyState", result.Freshness.ToName());
        json.WriteString("reason", result.Reason);
        json.WriteString("path", result.Path);
        json.WriteNumber("line", result.Line);
    }

    private static void WriteStop(Utf8JsonWriter json, StopCondition stop)
    {
        json.WriteString("ruleId", stop.Rule);
        json.WriteString("path", stop.Location.File);
        json.WriteNumber("line", stop.Location.Line);
        json.WriteNumber("column", stop.Location.Column);
        json.WriteString("problem", stop.Problem);
        json.WriteString("fix", stop.Fix);
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeFields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeFields(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
