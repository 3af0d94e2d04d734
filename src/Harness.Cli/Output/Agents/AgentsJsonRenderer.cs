using System.Text.Json;
using Harness.Core.Agents;
using Harness.Core.Model.Worktrees;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Cli.Output.Agents;

/// <summary>`harness agents --format json`: every agent with its changed files, and the conflicts as findings (docs/json.md).</summary>
internal static class AgentsJsonRenderer
{
    public static string Render(AgentsReport report) => JsonOutput.Write("agents", json =>
    {
        json.WriteString("base", report.Base);
        json.WriteString("baseSource", report.BaseSource);
        json.WriteString("baseCommit", report.BaseCommit);
        json.WriteBoolean("ok", report.Conflicts.Count == 0);
        json.WriteStartArray("agents");
        foreach (var agent in report.Agents)
        {
            json.WriteStartObject();
            json.WriteString("place", agent.Place == AgentPlace.Worktree ? "worktree" : "remote-branch");
            json.WriteString("where", agent.Where);
            json.WriteString("branch", agent.Branch);
            json.WriteString("task", agent.TaskId);
            json.WriteBoolean("archived", agent.Archived);
            json.WriteString("track", agent.Track);
            json.WriteString("owner", agent.Owner);
            json.WriteString("status", agent.TrackStatus);
            json.WriteNumber("ahead", agent.Ahead);
            json.WriteNumber("behind", agent.Behind);
            json.WriteNumber("committedCount", agent.Committed.Count);
            JsonText.WriteStrings(json, "committed", agent.Committed);
            json.WriteNumber("uncommittedCount", agent.Uncommitted.Count);
            JsonText.WriteStrings(json, "uncommitted", agent.Uncommitted);
            json.WriteString("verifyState", agent.Verify.ToName());
            json.WriteString("verifyReason", agent.VerifyReason);
            Stamp(json, "note", agent.Note, report.Now);
            Stamp(json, "handoff", agent.Handoff, report.Now);
            json.WriteString("problem", agent.Problem);
            // Only for the agent of a sub-task: the track above it (an agent of no sub-task keeps its fields).
            if (agent.Parent is { } parent)
            {
                json.WriteStartObject("parent");
                json.WriteString("task", parent.TaskId);
                json.WriteString("track", parent.Track);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        FindingJson.WriteArray(json, "conflicts", report.Conflicts);
    });

    private static void Stamp(Utf8JsonWriter json, string name, ArtifactStamp? stamp, DateTimeOffset now)
    {
        if (stamp is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("path", stamp.Path);
        json.WriteString("written", stamp.Time.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("ageSeconds", (long)Math.Max(0, (now - stamp.Time).TotalSeconds));
        json.WriteEndObject();
    }
}
