using System.CommandLine;
using Harness.Cli.Output.Worktree;
using Harness.Core.Model.Workspaces;
using Harness.Core.Worktree;

namespace Harness.Cli.Commands;

/// <summary>`harness worktree add ID --track T` / `remove ID --track T` / `list`: a git work tree per track.</summary>
internal static class WorktreeCommand
{
    public static Command Create(CliContext context) =>
        new("worktree", "A git work tree per track, whose own git config names its task and track for every harness command run there")
        {
            Add(context),
            Remove(context),
            List(context),
        };

    private static Command Add(CliContext context)
    {
        var id = CommonOptions.TaskId();
        var track = new Option<string>("--track") { Description = "The track the work tree is for", HelpName = "T", Required = true };
        var path = new Option<string?>("--path") { Description = "The folder to create (default: ../REPO-TASK-TRACK beside the main work tree, lower case)", HelpName = "DIR" };
        var baseRef = new Option<string?>("--base") { Description = "Where a new branch starts (default: harness.yml base:, else the upstream, else main)", HelpName = "REF" };
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Choice("--format", "Output format", "text", "text", "json");
        var command = new Command("add",
            "Create a work tree on the track's branch (harness.yml worktreeBranch:, default {task}/{track}) and record the task and track in its own git config")
        {
            id, track, path, baseRef, format, repo,
        };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(path);
            var request = new WorktreeAddRequest(parse.GetValue(id)!, parse.GetValue(track)!, given is null ? null : context.ResolvePath(given), parse.GetValue(baseRef));
            var report = WorktreeService.Add(Workspace.Open(context.FindRepo(parse.GetValue(repo))), request, Workspace.OpenGit);
            if (parse.GetValue(format) == "json")
            {
                context.Output.Write(WorktreeJsonRenderer.Render(report));
            }
            else
            {
                WorktreeTextRenderer.Render(report, context.Output);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Choice("--format", "Output format", "text", "text", "json");
        var command = new Command("list", "The work trees of the tracks (their branch follows worktreeBranch: and names a task): task, track, branch, path, and whether dirty")
        {
            format, repo,
        };
        command.SetAction(parse =>
        {
            var report = WorktreeLister.List(Workspace.Open(context.FindRepo(parse.GetValue(repo))), Workspace.OpenGit);
            if (parse.GetValue(format) == "json")
            {
                context.Output.Write(WorktreeListJsonRenderer.Render(report));
            }
            else
            {
                WorktreeListTextRenderer.Render(report, context.Output);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var id = new Argument<string?>("ID") { Description = "The task id (or --path)", Arity = ArgumentArity.ZeroOrOne };
        var track = new Option<string?>("--track") { Description = "The track whose work tree to remove", HelpName = "T" };
        var path = new Option<string?>("--path") { Description = "The work tree's folder, instead of ID --track T", HelpName = "DIR" };
        var force = new Option<bool>("--force") { Description = "Remove it even with uncommitted changes (they are lost)" };
        var repo = CommonOptions.Repo();
        var command = new Command("remove", "Remove a track's work tree (its branch stays); refused while it has uncommitted changes unless --force")
        {
            id, track, path, force, repo,
        };
        command.Validators.Add(result =>
        {
            var byPath = result.GetValue(path) is not null;
            var byTrack = result.GetValue(id) is not null || result.GetValue(track) is not null;
            if (byPath == byTrack || (!byPath && (result.GetValue(id) is null || result.GetValue(track) is null)))
            {
                result.AddError("worktree remove takes ID --track T, or --path DIR");
            }
        });
        command.SetAction(parse =>
        {
            var given = parse.GetValue(path);
            var request = new WorktreeRemoveRequest(parse.GetValue(id), parse.GetValue(track), given is null ? null : context.ResolvePath(given), parse.GetValue(force));
            var report = WorktreeService.Remove(Workspace.Open(context.FindRepo(parse.GetValue(repo))), request, Workspace.OpenGit);
            WorktreeTextRenderer.Render(report, context.Output);
            return ExitCodes.Ok;
        });
        return command;
    }
}
