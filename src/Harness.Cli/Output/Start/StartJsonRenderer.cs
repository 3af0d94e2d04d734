using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;
using Harness.Core.Start;

namespace Harness.Cli.Output.Start;

/// <summary>`harness start --format json`: who the session is now and what was written, in the envelope of docs/json.md.</summary>
internal static class StartJsonRenderer
{
    public static string Render(StartReport report) => JsonOutput.Write("start", json =>
    {
        var agent = report.Agent;
        json.WriteBoolean("cleared", agent is null);
        json.WriteString("task", agent?.TaskId);
        json.WriteString("track", agent?.Track);
        json.WriteString("trackTitle", agent?.TrackTitle);
        json.WriteString("trackSource", agent?.Source);
        json.WriteString("owner", agent?.Owner);
        json.WriteString("role", agent?.Role);
        json.WriteString("roleSource", agent?.RoleSource);
        json.WriteString("scope", report.Scope == GitConfigScope.Worktree ? "worktree" : "local");
        json.WriteBoolean("enabledWorktreeConfig", report.EnabledWorktreeConfig);
        json.WriteStartObject("written");
        foreach (var (key, value) in report.Written)
        {
            json.WriteString(key, value);
        }
        json.WriteEndObject();
        Harness.Core.Model.Text.JsonText.WriteStrings(json, "shadowedBy", report.Shadowing);
        Harness.Core.Model.Text.JsonText.WriteStrings(json, "stillSet", report.StillSet);
        json.WriteString("clear", CommandWords.StartClear);
    });
}
