using Harness.Core.Worktree;

namespace Harness.Cli.Output.Worktree;

/// <summary>`harness worktree add --format json`: the work tree made, in the envelope of docs/json.md.</summary>
internal static class WorktreeJsonRenderer
{
    public static string Render(WorktreeAddReport report) => JsonOutput.Write("worktree", json =>
    {
        json.WriteString("task", report.TaskId);
        json.WriteString("track", report.Track);
        json.WriteString("owner", report.Owner);
        json.WriteString("branch", report.Branch);
        json.WriteString("path", report.Path);
        json.WriteBoolean("reusedBranch", report.ReusedBranch);
        json.WriteString("base", report.Base?.Name);
        json.WriteString("baseSource", report.Base?.Source);
        json.WriteBoolean("enabledWorktreeConfig", report.EnabledWorktreeConfig);
        json.WriteStartObject("written");
        foreach (var (key, value) in report.Written)
        {
            json.WriteString(key, value);
        }
        json.WriteEndObject();
    });
}
