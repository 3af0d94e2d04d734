using System.CommandLine;
using Harness.Core.Handoff;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness handoff ID --track T --to OWNER [--status done|blocked|needs-human-approval|partial]`: writes a pre-filled handoff and sets the track's Status in the feature list.</summary>
internal static class HandoffCommand
{
    internal sealed record Options(string Repo, HandoffRequest Request);

    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The task id, such as FEATURE-002 (default: the session's, see `harness start`)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repo = CommonOptions.Repo();
        var track = new Option<string?>("--track") { Description = "The track being handed off (default: the session's, see `harness start`)", HelpName = "T" };
        var to = new Option<string>("--to") { Description = "The next owner", Required = true, HelpName = "OWNER" };
        var status = CommonOptions.Choice("--status", "The exit state of the track, written into its Status in the feature list (partial: handed on unfinished, Status left as written)", "partial", HandoffService.ExitStates);
        var command = new Command("handoff", "Write a handoff for the next owner and the planner, pre-filled from the track, git and the evidence")
        {
            id, track, to, status, repo,
        };
        command.SetAction(parse =>
        {
            var repoRoot = context.FindRepo(parse.GetValue(repo));
            var subject = SessionIdentity.Resolve(context, Workspace.Open(repoRoot), parse.GetValue(id), parse.GetValue(track), "handoff", needsTrack: true);
            return Run(context, new Options(repoRoot, new HandoffRequest(subject.TaskId, subject.Track!, parse.GetValue(to)!, parse.GetValue(status)!)));
        });
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        var workspace = Workspace.Open(options.Repo);
        var path = HandoffService.Run(workspace, options.Request, DateTimeOffset.UtcNow);
        context.Output.WriteLine($"created {path}");
        context.Output.WriteLine("Fill in Notes, Concerns, Deviations, Findings and Feedback before you stop.");
        return ExitCodes.Ok;
    }
}
