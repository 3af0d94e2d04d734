using System.Text;
using Harness.Core.Agents;
using Harness.Core.Model.Worktrees;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;

namespace Harness.Cli.Output.Agents;

/// <summary>`harness agents` for people: one row an agent, then every conflict as `file:line:col: severity ID: message`.</summary>
internal static class AgentsTextRenderer
{
    public static string Render(AgentsReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"{report.Agents.Count} agent(s), compared with {report.Base} ({report.BaseSource}) at {Short(report.BaseCommit)}");
        var rows = new TextColumns().Add("where", "task", "track", "owner", "branch", "ahead", "behind", "changed", "verify", "note", "handoff");
        foreach (var agent in report.Agents)
        {
            var track = agent.Track ?? "-";
            if (agent.Parent is { } parent)
            {
                track += $" (sub-task of {parent.TaskId} Track {parent.Track})";
            }
            rows.Add(agent.Where, agent.TaskId is null ? "-" : agent.Archived ? $"{agent.TaskId} (archived)" : agent.TaskId, track, agent.Owner ?? "-", agent.Branch ?? "(detached)",
                agent.Ahead.ToString(), agent.Behind.ToString(), $"{agent.Committed.Count} committed, {agent.Uncommitted.Count} not",
                agent.Verify.ToName(), Age(agent.Note, report.Now), Age(agent.Handoff, report.Now));
        }
        rows.WriteTo(text, "  ");
        foreach (var agent in report.Agents.Where(a => a.Problem is not null))
        {
            text.AppendLine($"  {agent.Where}: {agent.Problem}");
        }
        if (report.Conflicts.Count == 0)
        {
            text.AppendLine("no conflict between them");
            return text.ToString();
        }
        text.AppendLine($"{report.Conflicts.Count} conflict(s):");
        foreach (var conflict in report.Conflicts)
        {
            text.AppendLine($"{conflict.Location}: {conflict.Severity.ToName()} {conflict.RuleId}: {conflict.Message}");
        }
        return text.ToString();
    }

    /// <summary>How long ago an artifact was written, in the largest whole unit: 5m, 3h, 2d; "-" when there is none.</summary>
    public static string Age(ArtifactStamp? stamp, DateTimeOffset now)
    {
        if (stamp is null)
        {
            return "-";
        }
        var age = now - stamp.Time;
        return age.TotalMinutes < 1 ? "now" : age.TotalHours < 1 ? $"{(int)age.TotalMinutes}m" : age.TotalDays < 1 ? $"{(int)age.TotalHours}h" : $"{(int)age.TotalDays}d";
    }

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
