using System.CommandLine;
using Harness.Cli.Output.Status;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.State;
using Harness.Core.Status;

namespace Harness.Cli.Commands;

/// <summary>`harness status [ID] [--format text|json]`: every task, or one task's tracks, with their verify state.</summary>
internal static class StatusCommand
{
    internal sealed record Options(string Repo, string? TaskId, bool Json, bool All);

    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The task id (default: every task)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = CommonOptions.Choice("--format", "Text for people, JSON for tools", "text", "text", "json");
        var all = new Option<bool>("--all") { Description = "Also list the archived tasks (tasks/archive/), marked archived" };
        var repo = CommonOptions.Repo();
        var command = new Command("status", "Show each task's tracks, owners, dependencies, verify state and Next Step")
        {
            id,
            format,
            all,
            repo,
        };
        command.SetAction(parse => Run(context,
            new Options(context.FindRepo(parse.GetValue(repo)), parse.GetValue(id), parse.GetValue(format) == "json", parse.GetValue(all))));
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        var workspace = Workspace.Open(options.Repo);
        var reports = StatusService.Run(workspace, options.TaskId, DateTimeOffset.UtcNow);
        // One task's status names no other task; every task's lists the archived ones with --all, else counts them.
        var archived = options.TaskId is null ? workspace.ArchivedTasks : [];
        if (options.Json)
        {
            StatusJsonRenderer.Render(reports, single: options.TaskId is not null, options.All ? archived : null, context.Output);
        }
        else
        {
            StatusTextRenderer.Render(reports, archived, options.All, context.Output);
        }
        return ExitCodes.Ok;
    }
}
