using System.CommandLine;
using Harness.Cli.Output.Restart;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Findings;
using Harness.Core.Restart;
using Harness.Core.Verify;

namespace Harness.Cli.Commands;

/// <summary>`harness restart ID`: checks the restart packet and prints the restart prompt, or says what is missing.</summary>
internal static class RestartCommand
{
    internal sealed record Options(RestartOptions Restart, bool Json, string? OutFile, bool AllowIncomplete, int? MaxChars);

    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The task id, such as FEATURE-002 (or --current)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repo = CommonOptions.Repo();
        var track = new Option<string?>("--track") { Description = "The track the agent works on (default: the session's, see `harness start`)", HelpName = "T" };
        var role = new Option<string?>("--as") { Description = "The role the agent plays (planner, coder, reviewer, verifier, or a playbook role); without a track, the one track that role owns", HelpName = "ROLE" };
        var format = CommonOptions.Choice("--format", "markdown: the prompt; json: the packet as data", "markdown", "markdown", "json");
        var output = new Option<string?>("--out") { Description = "Write the prompt to FILE (atomically) instead of stdout", HelpName = "FILE" };
        var allowIncomplete = new Option<bool>("--allow-incomplete") { Description = "Render even when a stop condition holds; mark each missing input MISSING" };
        var current = new Option<bool>("--current")
        {
            Description = "Instead of ID: the session's task (HARNESS_TASK, git config harness.task set by `harness start`), else the one whose Progress Note is the newest among tasks in progress",
        };
        var verify = new Option<bool>("--verify") { Description = "Run the track's verify command first (its output goes to stderr), so the prompt carries a current result" };
        var maxChars = new Option<int?>("--max-chars")
        {
            Description = "Fit the prompt into N characters by leaving out whole sections, the least needed first, and say which",
            HelpName = "N",
        };
        var command = new Command("restart", "Check the restart packet of a task and print the restart prompt for one agent (exit 3 when incomplete)")
        {
            id, repo, track, role, format, output, allowIncomplete, current, verify, maxChars,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(id) is null) == !result.GetValue(current))
            {
                context.Conflicts.Add(result, "restart takes a task ID or --current (one of them)");
            }
            if (result.GetValue(maxChars) is { } budget && (budget < 1 || result.GetValue(format) == "json"))
            {
                result.AddError(budget < 1
                    ? $"--max-chars takes a positive number of characters, not {budget}"
                    : "--max-chars fits the markdown prompt; --format json gives the whole packet");
            }
        });
        command.SetAction(parse =>
        {
            var outFile = parse.GetValue(output) is { } file ? context.ResolvePath(file) : null;
            var restart = new RestartOptions(context.FindRepo(parse.GetValue(repo)),
                new RestartRequest(parse.GetValue(id), parse.GetValue(current), parse.GetValue(track), parse.GetValue(role), context.Session));
            if (parse.GetValue(verify))
            {
                restart = VerifyFirst(context, restart);
            }
            return Run(context, new Options(restart, parse.GetValue(format) == "json", outFile, parse.GetValue(allowIncomplete), parse.GetValue(maxChars)));
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
        VerifyService.Run(Workspace.Open(options.Repo), subject.TaskId, tracks, timeout: null, context.Error, context.Cancellation);
        return options with { Request = options.Request with { TaskId = subject.TaskId, Current = false } };
    }

    private static int Run(CliContext context, Options options)
    {
        var report = RestartService.Run(options.Restart);
        var stops = report.Packet.StopConditions;
        foreach (var stop in stops)
        {
            // A stop condition is an error of the packet, printed in the one finding line every command uses.
            context.Error.WriteLine(FindingLine.Format(stop.Location, "error", stop.Rule, $"{stop.Problem}; fix: {stop.Fix}"));
        }
        if (!report.Packet.IsComplete && !options.AllowIncomplete)
        {
            context.Error.WriteLine($"harness: restart packet incomplete: {stops.Count} stop condition(s); fix them, or render anyway with --allow-incomplete");
            return ExitCodes.RestartIncomplete;
        }
        var text = options.Json ? RestartJsonRenderer.Render(report) : RestartMarkdownRenderer.Render(report, options.MaxChars);
        text = text.EndsWith('\n') ? text : text + "\n";
        if (options.OutFile is null)
        {
            context.Output.Write(text);
        }
        else
        {
            RestartService.WriteOut(report, options.OutFile, text);
        }
        context.Error.WriteLine($"restart prompt: {text.Length} characters");
        return ExitCodes.Ok;
    }
}
