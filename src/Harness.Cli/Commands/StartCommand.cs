using System.CommandLine;
using Harness.Cli.Output.Start;
using Harness.Core.Model.Workspaces;
using Harness.Core.Start;

namespace Harness.Cli.Commands;

/// <summary>`harness start ID [--track T] [--as ROLE]` / `harness start --clear`: sets who this session's agent is.</summary>
internal static class StartCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The task id, such as FEATURE-002 (or --clear)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repo = CommonOptions.Repo();
        var track = new Option<string?>("--track") { Description = "The track this session works on", HelpName = "T" };
        var role = new Option<string?>("--as")
        {
            Description = "The role this session plays (planner, coder, reviewer, verifier, or a playbook role); without --track, the one track that role owns",
            HelpName = "ROLE",
        };
        var clear = new Option<bool>("--clear") { Description = "Forget the identity start set" };
        var format = CommonOptions.Choice("--format", "Output format", "text", "text", "json");
        var command = new Command("start",
            "Say who this session's agent is: writes the task, track and role into this work tree's git config, for restart --current, the hooks, guard, note and handoff")
        {
            id, track, role, clear, format, repo,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(clear))
            {
                if (result.GetValue(id) is not null || result.GetValue(track) is not null || result.GetValue(role) is not null)
                {
                    result.AddError("start --clear takes no task id, --track or --as");
                }
            }
            else if (result.GetValue(id) is null)
            {
                result.AddError("start takes a task ID (or --clear)");
            }
        });
        command.SetAction(parse =>
        {
            var request = new StartRequest(parse.GetValue(id), parse.GetValue(track), parse.GetValue(role), parse.GetValue(clear));
            var report = StartService.Run(Workspace.Open(context.FindRepo(parse.GetValue(repo))), request, context.Session);
            if (parse.GetValue(format) == "json")
            {
                context.Output.Write(StartJsonRenderer.Render(report));
            }
            else
            {
                StartTextRenderer.Render(report, context.Output, context.Error);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
