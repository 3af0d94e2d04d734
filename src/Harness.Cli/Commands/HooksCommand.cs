using System.CommandLine;
using Harness.Cli.Output.Guard;
using Harness.Core.Guard;
using Harness.Core.Hooks;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness hooks install` writes the git pre-commit hook; `harness hooks pre-commit` is what it runs.</summary>
internal static class HooksCommand
{
    public static Command Create(CliContext context)
    {
        var installRepo = CommonOptions.Repo();
        var install = new Command("install", "Write .git/hooks/pre-commit to run guard on the staged changes (never replaces a hook)")
        {
            installRepo,
        };
        install.SetAction(parse => Install(context, context.FindRepo(parse.GetValue(installRepo))));
        var preCommitRepo = CommonOptions.Repo();
        var preCommit = new Command("pre-commit",
            "Run guard on the staged changes of this session's task and track (see `harness start`), else of the newest in-progress Progress Note's track")
        {
            preCommitRepo,
        };
        preCommit.SetAction(parse => PreCommit(context, context.FindRepo(parse.GetValue(preCommitRepo))));
        return new Command("hooks", "Git hooks that run harness checks") { install, preCommit };
    }

    private static int Install(CliContext context, string repo)
    {
        var result = HooksService.Install(Workspace.Open(repo));
        if (result.Written)
        {
            context.Output.WriteLine($"installed {result.HookPath}: it runs harness guard on the staged changes before each commit");
            return ExitCodes.Ok;
        }
        context.Error.WriteLine($"harness: {result.HookPath} exists already and is left alone; to chain guard, add this line to it:");
        context.Error.WriteLine($"  {result.Line}");
        return ExitCodes.ProblemsFound;
    }

    private static int PreCommit(CliContext context, string repo)
    {
        var workspace = Workspace.Open(repo);
        if (HooksService.Target(workspace, context.Session) is not { } target)
        {
            context.Error.WriteLine("harness: pre-commit guard skipped: no track is named for this session (run `harness start ID --track T`; " +
                "HARNESS_TRACK, git config harness.track and the Progress Note's front matter name none)");
            return ExitCodes.Ok;
        }
        var report = GuardService.Run(workspace, target.TaskId, target.Track, new GuardScope(null, true, []), context.WorkingDirectory);
        GuardTextRenderer.Render(report, context.Output);
        if (report.Violations.Count == 0)
        {
            return ExitCodes.Ok;
        }
        context.Error.WriteLine($"harness: commit stopped: the staged changes leave Track {report.Track.Id}'s files (task and track from {target.Source})");
        return ExitCodes.ProblemsFound;
    }
}
