using Harness.Core.Worktree;

namespace Harness.Cli.Output.Worktree;

/// <summary>`harness worktree list` for people: one line a work tree.</summary>
internal static class WorktreeListTextRenderer
{
    public static void Render(WorktreeListReport report, TextWriter output)
    {
        if (report.Worktrees.Count == 0)
        {
            output.WriteLine("no work tree of a track (harness worktree add ID --track T makes one)");
            return;
        }
        var rows = new TextColumns().Add("task", "track", "branch", "state", "path");
        foreach (var tree in report.Worktrees)
        {
            rows.Add(tree.Archived ? $"{tree.TaskId} (archived)" : tree.TaskId, tree.Track, tree.Branch, tree.Dirty ? "dirty" : "clean", tree.Path);
        }
        var text = new System.Text.StringBuilder();
        rows.WriteTo(text, "");
        output.Write(text.ToString());
    }
}
