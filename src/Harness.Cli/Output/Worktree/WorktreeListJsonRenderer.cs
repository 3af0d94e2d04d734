using Harness.Core.Worktree;

namespace Harness.Cli.Output.Worktree;

/// <summary>`harness worktree list --format json`: the work trees of the tracks, in the envelope of docs/json.md.</summary>
internal static class WorktreeListJsonRenderer
{
    public const string Kind = "worktree-list";

    public static string Render(WorktreeListReport report) => JsonOutput.Write(Kind, json =>
    {
        json.WriteStartArray("worktrees");
        foreach (var tree in report.Worktrees)
        {
            json.WriteStartObject();
            json.WriteString("task", tree.TaskId);
            json.WriteString("track", tree.Track);
            json.WriteString("path", tree.Path);
            json.WriteString("branch", tree.Branch);
            json.WriteBoolean("archived", tree.Archived);
            json.WriteBoolean("dirty", tree.Dirty);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
