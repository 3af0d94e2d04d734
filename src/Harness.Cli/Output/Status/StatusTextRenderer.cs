using System.Globalization;
using System.Text;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;
using Harness.Core.Status;

namespace Harness.Cli.Output.Status;

/// <summary>`harness status` for people: one block a task, one line a track, then the note and its Next Step.</summary>
internal static class StatusTextRenderer
{
    /// <param name="archived">The repo's archived tasks: listed, marked archived, when <paramref name="all"/>; else only counted.</param>
    public static void Render(IReadOnlyList<TaskStatusReport> reports, IReadOnlyList<ArchivedTask> archived, bool all, TextWriter output)
    {
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            text.Append(report.Feature).Append(report.LongRunning ? " (long-running)" : " (single-agent)").Append('\n');
            // Columns as wide as this task's widest value, so a long status or a Japanese owner keeps them aligned.
            var columns = new TextColumns();
            foreach (var track in report.Tracks)
            {
                AddTrack(columns, track, "");
            }
            columns.WriteTo(text, "  ");
            if (report.Note is { } note)
            {
                text.Append(CultureInfo.InvariantCulture, $"  note: {note.Path} ({note.Status ?? "no status"}, updated {AgeText(note.Age)})\n");
                text.Append(CultureInfo.InvariantCulture, $"  next: {note.NextStep ?? "(no Next Step)"}\n");
            }
            else
            {
                text.Append("  note: none yet\n");
            }
        }
        if (all)
        {
            foreach (var task in archived)
            {
                text.Append(text.Length > 0 ? "\n" : "").Append(CultureInfo.InvariantCulture, $"{task.Id} (archived: {task.Folder}/)\n");
            }
        }
        else if (archived.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : "").Append(CultureInfo.InvariantCulture, $"{archived.Count} archived task(s) not shown ({CommandWords.All} lists them)\n");
        }
        output.Write(text.Length == 0 ? "no tasks yet (start one with harness new)\n" : text.ToString());
    }

    private static void AddTrack(TextColumns columns, TrackStatusLine track, string indent)
    {
        var id = track.Id == StatusService.BriefLineId ? "brief" : $"{indent}Track {track.Id}";
        var deps = track.Dependencies.Count == 0 ? "none" : string.Join(", ", track.Dependencies);
        columns.Add(id, track.Status ?? "-", $"owner: {track.Owner ?? "-"}", $"deps: {deps}", $"verify: {VerifyText(track.Verify)}");
        if (track.SubTask is { } sub)
        {
            // One cell: a row of one cell widens no column, so the tracks keep their alignment around it.
            columns.Add($"{indent}  → {SubTaskText(sub)}");
            foreach (var line in sub.Tracks)
            {
                AddTrack(columns, line, indent + "    ");
            }
        }
    }

    private static string SubTaskText(SubTaskStatus sub)
    {
        if (!sub.Found)
        {
            return $"{sub.Id}: no such task ({sub.File}:{sub.Line}; see harness lint, HRN029)";
        }
        if (sub.Cycle.Count > 0)
        {
            return $"{sub.Id}: a circle of sub-tasks, not followed ({string.Join(" → ", sub.Cycle)}; see harness lint, HRN030)";
        }
        return $"{sub.Id} ({sub.Done}/{sub.Total} done): {sub.Status}, verify: {sub.Verify.ToName()}";
    }

    private static string VerifyText(VerifyStatus verify)
    {
        var name = verify.State.ToName();
        if (verify.At is { } at)
        {
            var commit = verify.Commit is { Length: >= 7 } c ? c[..7] : "no commit";
            return $"{name} ({commit}, {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)})";
        }
        return verify.State == VerifyState.Unknown ? $"{name} (only the note's Last Verify says so)" : name;
    }

    private static string AgeText(TimeSpan? age) => age switch
    {
        null => "at an unknown time",
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } a => $"{(int)a.TotalMinutes} min ago",
        { TotalDays: < 2 } a => $"{(int)a.TotalHours} h ago",
        { } a => $"{(int)a.TotalDays} days ago",
    };
}
