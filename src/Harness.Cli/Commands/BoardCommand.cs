using System.CommandLine;
using Harness.Cli.Output.Board;
using Harness.Core;
using Harness.Core.Agents;
using Harness.Core.Board;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Worktrees;
using Harness.Core.Model.Writing;
using Harness.Core.Status;

namespace Harness.Cli.Commands;

/// <summary>`harness board [--out FILE] [--watch]`: one self-contained HTML page of every task, track, agent and conflict.</summary>
internal static class BoardCommand
{
    /// <summary>Where the page goes without --out: beside the evidence, in the folder `harness init` keeps the page out of git in.</summary>
    public const string DefaultOut = ".harness/board.html";

    /// <summary>How often --watch looks for a change: a look is two git processes and a walk of the artifact folders.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static Command Create(CliContext context)
    {
        var repo = CommonOptions.Repo();
        var output = new Option<string?>("--out")
        {
            Description = $"Write the page to FILE (default: {DefaultOut} in the repo)",
            HelpName = "FILE",
        };
        var watch = new Option<bool>("--watch")
        {
            Description = "Write the page again each time an artifact (feature list, plan, note, handoff, evidence, harness.yml) or a work tree changes, until Ctrl-C",
        };
        var all = new Option<bool>("--all")
        {
            Description = "Also list the archived tasks (tasks/archive/) and the agents of archived tasks",
        };
        var command = new Command("board",
            "Write one self-contained HTML page: every task's tracks as cards by status with owner, verify, work tree and age, the merge order and dependencies as a graph, the conflicts between agents, and each Progress Note's Next Step")
        {
            output, watch, all, repo,
        };
        command.SetAction(parse =>
        {
            var root = context.FindRepo(parse.GetValue(repo));
            var page = parse.GetValue(output) is { } path ? context.ResolvePath(path) : Path.Combine(root, DefaultOut);
            if (Directory.Exists(page))
            {
                throw new HarnessInputException($"--out {page}: is a folder; give the file to write the page to");
            }
            var everything = parse.GetValue(all);
            return parse.GetValue(watch) ? Watch(context, root, page, everything) : Write(context, Workspace.Open(root), page, everything);
        });
        return command;
    }

    private static int Write(CliContext context, Workspace workspace, string page, bool all)
    {
        var now = DateTimeOffset.UtcNow;
        // Archived tasks are finished history: left off the page, as status and agents leave them, unless --all.
        var agents = workspace.Git is null ? null : Agents(context, workspace, now, all);
        var request = new BoardRequest(StatusService.Run(workspace, null, now), agents, now) { Archived = all ? workspace.ArchivedTasks : [] };
        var report = BoardService.Run(workspace, request);
        var html = BoardHtmlRenderer.Render(report, workspace.Root, workspace.Config.TemplatesPath);
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        AtomicFile.Write(page, html);
        context.Output.WriteLine($"wrote {page}: {report.Tasks.Count} task(s), {report.Tasks.Sum(t => t.Cards.Count)} track(s), {report.Conflicts.Count} conflict(s)");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The agents and their conflicts, or null with one line saying why there are none: a repo whose base branch git
    /// does not know (a trunk named master, say, and no base: in harness.yml) still gets its page of tasks.
    /// </summary>
    private static AgentsReport? Agents(CliContext context, Workspace workspace, DateTimeOffset now, bool all)
    {
        try
        {
            return AgentsService.Run(workspace, Workspace.OpenGit, now, includeArchived: all);
        }
        catch (HarnessInputException e)
        {
            context.Error.WriteLine($"harness: the page shows no agents or conflicts: {e.Message.Split('\n')[0]}");
            return null;
        }
    }

    /// <summary>
    /// Writes the page, then again whenever <see cref="BoardSources"/> sees a change, one line each time, until
    /// Ctrl-C, SIGTERM or the caller's cancellation (exit 0). An artifact that cannot be read while someone edits it
    /// is reported on stderr and the watch goes on.
    /// </summary>
    private static int Watch(CliContext context, string root, string page, bool all)
    {
        using var stop = new InterruptSignals(context.Cancellation);
        string? seen = null;
        while (!stop.Token.IsCancellationRequested)
        {
            var workspace = Workspace.Open(root);
            // Taken before the page is built: a change made while it is built is seen at the next look.
            var sources = BoardSources.Fingerprint(workspace, page);
            if (sources != seen)
            {
                seen = sources;
                try
                {
                    Write(context, workspace, page, all);
                }
                catch (HarnessInputException e)
                {
                    context.Error.WriteLine($"harness: {e.Message.Split('\n')[0]} (the page is kept as it was; still watching)");
                }
            }
            stop.Token.WaitHandle.WaitOne(PollInterval);
        }
        return ExitCodes.Ok;
    }
}
