using System.CommandLine;
using Harness.Core;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;
using Harness.Core.Restart;
using Harness.Core.Verify;

namespace Harness.Cli.Commands;

/// <summary>`harness restart ID`: checks the restart packet and prints the restart prompt, or says what is missing.</summary>
internal static class RestartCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The task id, such as FEATURE-002 (or --current)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repo = CommonOptions.Repo();
        var track = new Option<string?>("--track") { Description = "The track the agent works on", HelpName = "T" };
        var role = new Option<string?>("--as") { Description = "The role the agent plays (planner, coder, reviewer, verifier, or a playbook role)", HelpName = "ROLE" };
        var format = CommonOptions.Choice("--format", "markdown: the prompt; json: the packet as data", "markdown", "markdown", "json");
        var output = new Option<string?>("--out") { Description = "Write the prompt to FILE (atomically) instead of stdout", HelpName = "FILE" };
        var allowIncomplete = new Option<bool>("--allow-incomplete") { Description = "Render even when a stop condition holds; mark each missing input MISSING" };
        var current = new Option<bool>("--current") { Description = "Instead of ID: the task whose Progress Note is the newest among tasks in progress" };
        var verify = new Option<bool>("--verify") { Description = "Run the track's verify command first (its output goes to stderr), so the prompt carries a current result" };
        var command = new Command("restart", "Check the restart packet of a task and print the restart prompt for one agent (exit 3 when incomplete)")
        {
            id, repo, track, role, format, output, allowIncomplete, current, verify,
        };
        command.SetAction(parse =>
        {
            var taskId = parse.GetValue(id);
            var isCurrent = parse.GetValue(current);
            if ((taskId is null) == !isCurrent)
            {
                throw new HarnessInputException("restart takes a task ID or --current (one of them)");
            }
            var outFile = parse.GetValue(output) is { } file ? context.ResolvePath(file) : null;
            var options = new RestartOptions(context.ResolveRepo(parse.GetValue(repo)),
                new RestartRequest(taskId, isCurrent, parse.GetValue(track), parse.GetValue(role)),
                parse.GetValue(format) == "json", outFile, parse.GetValue(allowIncomplete));
            if (parse.GetValue(verify))
            {
                options = VerifyFirst(context, options);
            }
            return Run(context, options);
        });
        return command;
    }

    /// <summary>
    /// restart --verify: the verify runs for the request's own track (every track when the prompt is the
    /// planner's), streaming to stderr so that stdout carries the prompt alone; the prompt is then built from a
    /// fresh read for the same task, so that it carries the result just recorded.
    /// </summary>
    private static RestartOptions VerifyFirst(CliContext context, RestartOptions options)
    {
        var subject = RestartService.Subject(options.Repo, options.Request);
        string[] tracks = subject.Track is { } track ? [track] : [];
        VerifyService.Run(Workspace.Open(options.Repo), subject.TaskId, tracks, timeout: null, context.Error, CancellationToken.None);
        return options with { Request = options.Request with { TaskId = subject.TaskId, Current = false } };
    }

    private static int Run(CliContext context, RestartOptions options)
    {
        var outcome = RestartService.Run(options);
        foreach (var stop in outcome.StopConditions)
        {
            context.Error.WriteLine(stop.ToString());
        }
        if (outcome.Text is null)
        {
            context.Error.WriteLine($"harness: restart packet incomplete: {outcome.StopConditions.Count} stop condition(s); fix them, or render anyway with --allow-incomplete");
            return outcome.ExitCode;
        }
        if (options.OutFile is null)
        {
            context.Output.Write(outcome.Text);
        }
        context.Error.WriteLine($"restart prompt: {outcome.Text.Length} characters");
        return outcome.ExitCode;
    }
}
