using Harness.Core.Model.CommandLine;
using Harness.Core.Worktree;

namespace Harness.Cli.Output.Worktree;

/// <summary>`harness worktree add|remove` for people: what was made or removed, and what comes next.</summary>
internal static class WorktreeTextRenderer
{
    public static void Render(WorktreeAddReport report, TextWriter output)
    {
        output.WriteLine($"added work tree {report.Path} for {report.TaskId}, Track {report.Track} ({report.Owner ?? "no owner"})");
        output.WriteLine(report.ReusedBranch
            ? $"  branch {report.Branch}: it existed, so the work tree checks it out as it is (no new branch)"
            : $"  branch {report.Branch}: new, from {report.Base!.Name} (from {report.Base.Source})");
        if (report.EnabledWorktreeConfig)
        {
            output.WriteLine("  turned on extensions.worktreeConfig, so that each work tree of this repository keeps its own identity");
        }
        output.WriteLine($"  written to its git config --worktree: {string.Join(", ", report.Written.Select(w => $"{w.Key}={w.Value}"))}");
        output.WriteLine("restart --current, the session-start hook, guard and the pre-commit hook there know this track without flags.");
        output.WriteLine($"Every agent at once: harness agents; to remove it: {CommandWords.WorktreeRemove(report.TaskId, report.Track)}");
    }

    public static void Render(WorktreeRemoveReport report, TextWriter output)
    {
        output.WriteLine($"removed work tree {report.Path}{(report.Branch is null ? "" : $"; branch {report.Branch} stays")}");
        if (report.DroppedChanges > 0)
        {
            output.WriteLine($"  dropped {report.DroppedChanges} uncommitted change(s) ({CommandWords.Force})");
        }
    }
}
