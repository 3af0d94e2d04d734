using System.CommandLine;
using Harness.Core;
using Harness.Core.Model.Workspaces;
using Harness.Core.New;

namespace Harness.Cli.Commands;

/// <summary>`harness new ID --title TEXT`: starts a long-running or single-agent task.</summary>
internal static class NewCommand
{
    internal sealed record Options(string Repo, NewRequest Request);

    public static Command Create(CliContext context)
    {
        var id = CommonOptions.TaskId();
        var repo = CommonOptions.Repo();
        var title = new Option<string>("--title")
        {
            Description = "What the task is for, in one line",
            Required = true,
            HelpName = "TEXT",
        };
        var singleAgent = new Option<bool>("--single-agent")
        {
            Description = "Start a single-agent task (a task brief) instead of a long-running one (a plan and tracks)",
        };
        var tracks = new Option<string[]>("--track")
        {
            Description = "A track of a long-running task as ID:OWNER (repeat it; default A:coder-a)",
            HelpName = "ID:OWNER",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("new", "Start a task: a plan, a Progress Note and tracks in a feature list, or a task brief and a Progress Note")
        {
            id,
            title,
            singleAgent,
            tracks,
            repo,
        };
        command.SetAction(parse =>
        {
            var trackSpecs = (parse.GetValue(tracks) ?? []).Select(TrackSpec.Parse).ToList();
            if (parse.GetValue(singleAgent) && trackSpecs.Count > 0)
            {
                throw new HarnessInputException("--track is for a long-running task; a single-agent task has no tracks");
            }
            var request = new NewRequest(parse.GetValue(id)!, parse.GetValue(title)!, parse.GetValue(singleAgent), trackSpecs);
            return Run(context, new Options(context.FindRepo(parse.GetValue(repo)), request));
        });
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        var workspace = Workspace.Open(options.Repo);
        foreach (var action in NewService.Run(workspace, options.Request))
        {
            context.Output.WriteLine(action.ToString());
        }
        return ExitCodes.Ok;
    }
}
