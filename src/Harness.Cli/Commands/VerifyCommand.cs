using System.CommandLine;
using Harness.Core;
using Harness.Core.Model.Workspaces;
using Harness.Core.Verify;

namespace Harness.Cli.Commands;

/// <summary>`harness verify ID [--track T | --all] [--timeout SECONDS]`: runs verify commands and records evidence.</summary>
internal static class VerifyCommand
{
    internal sealed record Options(string Repo, string TaskId, IReadOnlyList<string> Tracks, TimeSpan? Timeout);

    public static Command Create(CliContext context)
    {
        var id = CommonOptions.TaskId();
        var repo = CommonOptions.Repo();
        var tracks = new Option<string[]>("--track")
        {
            Description = "The track to verify (repeat it for several; default: every track)",
            HelpName = "T",
        };
        var all = new Option<bool>("--all") { Description = "Verify every track of the task (the default)" };
        var timeout = new Option<int?>("--timeout")
        {
            Description = "Stop a verify command after this many seconds, killing its whole process group",
            HelpName = "SECONDS",
        };
        var command = new Command("verify", "Run the verify command of each track (or of the brief) and record the evidence")
        {
            id,
            tracks,
            all,
            timeout,
            repo,
        };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(tracks) ?? [];
            if (parse.GetValue(all) && chosen.Length > 0)
            {
                throw new HarnessInputException("--all and --track exclude each other; give one");
            }
            var seconds = parse.GetValue(timeout);
            if (seconds is <= 0)
            {
                throw new HarnessInputException($"--timeout {seconds}: give a number of seconds above 0");
            }
            var limit = seconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
            return Run(context, new Options(context.FindRepo(parse.GetValue(repo)), parse.GetValue(id)!, chosen, limit));
        });
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        var workspace = Workspace.Open(options.Repo);
        // Ctrl-C, SIGTERM or the MCP client's cancel stops the verify command's tree and records the run as interrupted, then exits.
        using var interrupt = new InterruptSignals(context.Cancellation);
        var report = VerifyService.Run(workspace, options.TaskId, options.Tracks, options.Timeout, context.Output, interrupt.Token);
        return report.AllPassed ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
