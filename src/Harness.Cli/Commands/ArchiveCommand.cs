using System.CommandLine;
using Harness.Cli.Output.Archive;
using Harness.Core.Archive;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness archive ID [--force]`: moves a finished task's artifacts under tasks/archive/ID/, ready to commit.</summary>
internal static class ArchiveCommand
{
    public static Command Create(CliContext context)
    {
        var id = CommonOptions.TaskId();
        var force = new Option<bool>("--force") { Description = "Archive it even with tracks unfinished (they are named)" };
        var repo = CommonOptions.Repo();
        var command = new Command("archive",
            "Move a finished task's plan, brief, Progress Note, handoffs, own feature list and evidence under tasks/archive/ID/ (git mv where git tracks them), ready to commit; refused while a track is unfinished unless --force")
        {
            id, force, repo,
        };
        command.SetAction(parse =>
        {
            var report = ArchiveService.Run(Workspace.Open(context.FindRepo(parse.GetValue(repo))), new ArchiveRequest(parse.GetValue(id)!, parse.GetValue(force)));
            ArchiveTextRenderer.Render(report, context.Output);
            return ExitCodes.Ok;
        });
        return command;
    }
}
