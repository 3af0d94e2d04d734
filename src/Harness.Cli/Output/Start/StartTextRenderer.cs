using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;
using Harness.Core.Start;

namespace Harness.Cli.Output.Start;

/// <summary>`harness start` for people: who the session is now, where that is kept, and how to clear it.</summary>
internal static class StartTextRenderer
{
    public static void Render(StartReport report, TextWriter output, TextWriter error)
    {
        var where = Where(report.Scope);
        if (report.Agent is not { } agent)
        {
            output.WriteLine($"cleared {string.Join(", ", SessionConfig.Keys)} from {where}");
            foreach (var still in report.StillSet)
            {
                error.WriteLine($"harness: still set elsewhere: {still}; remove it with git config --unset if it is no longer meant");
            }
        }
        else
        {
            output.WriteLine($"started {Describe(agent)}");
            output.WriteLine($"  written to {where}: {string.Join(", ", report.Written.Select(w => $"{w.Key}={w.Value}"))}");
            if (report.EnabledWorktreeConfig)
            {
                output.WriteLine("  turned on extensions.worktreeConfig, so that each work tree of this repository keeps its own identity");
            }
            output.WriteLine("restart --current, the session-start hook, guard, note, handoff and the pre-commit hook now know this session without flags.");
            output.WriteLine($"To clear it: {CommandWords.StartClear}");
        }
        foreach (var variable in report.Shadowing)
        {
            error.WriteLine($"harness: {variable} is set in this environment and comes before git config; unset it, or it decides instead");
        }
    }

    public static string Where(GitConfigScope scope) =>
        scope == GitConfigScope.Worktree ? "git config --worktree (this work tree only)" : "git config (this repository)";

    private static string Describe(AgentIdentity agent) => agent.Track is null
        ? $"{agent.TaskId} as the {agent.Role}{(agent.Role == IdentityResolver.PlannerRole ? " of the whole feature (no track)" : "")}"
        : $"{agent.TaskId}, Track {agent.Track} ({agent.Owner ?? "no owner"}), as the {agent.Role} (track from {agent.Source})";
}
