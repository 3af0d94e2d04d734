using System.CommandLine;
using Harness.Cli.Output.Agents;
using Harness.Core.Agents;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness agents`: every agent at work (work trees and pushed track branches) and the conflicts between them.</summary>
internal static class AgentsCommand
{
    public static Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Also list the agents of archived tasks (tasks/archive/), marked archived" };
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Choice("--format", "Output format", "text", "text", "json");
        var command = new Command("agents",
            "One view of every agent at work: each work tree and each fetched track branch with its task, track, divergence from the base, changes, verify, note and handoff, and the conflicts between them (exit 1 when any)")
        {
            format, all, repo,
        };
        command.SetAction(parse =>
        {
            var report = AgentsService.Run(Workspace.Open(context.FindRepo(parse.GetValue(repo))), Workspace.OpenGit, DateTimeOffset.UtcNow, parse.GetValue(all));
            context.Output.Write(parse.GetValue(format) == "json" ? AgentsJsonRenderer.Render(report) : AgentsTextRenderer.Render(report));
            return report.Conflicts.Count > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
        });
        return command;
    }
}
