using System.CommandLine;
using Harness.Cli.Output.Guard;
using Harness.Core.Guard;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness guard ID --track T`: the changed files of a track against the files it may change.</summary>
internal static class GuardCommand
{
    internal sealed record Options(string Repo, string TaskId, string Track, GuardScope Scope, string Format);

    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("ID")
        {
            Description = "The task id, such as FEATURE-002 (default: the session's, see `harness start`)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repo = CommonOptions.Repo();
        var track = new Option<string?>("--track")
        {
            Description = "The track whose changes these are, such as B (default: the session's, see `harness start`)",
            HelpName = "T",
        };
        var baseRef = new Option<string?>("--base")
        {
            Description = "Check the commits since the merge base with REF (add --staged to include staged changes)",
            HelpName = "REF",
        };
        var staged = new Option<bool>("--staged") { Description = "Check the staged changes (what the next commit holds)" };
        var files = new Option<string[]>("--files")
        {
            Description = "Check these paths instead of asking git",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = CommonOptions.Choice("--format", "Output format", "text", "text", "json", "github");
        var command = new Command("guard",
            "Check that a track's changes stay in its owned files (default: everything not yet committed)")
        {
            id, track, baseRef, staged, files, repo, format,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(files) ?? []).Length > 0 && (result.GetValue(baseRef) is not null || result.GetValue(staged)))
            {
                context.Conflicts.Add(result, "--files checks the given paths; it does not combine with --base or --staged");
            }
        });
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var scope = new GuardScope(parse.GetValue(baseRef), parse.GetValue(staged), paths);
            var repoRoot = context.FindRepo(parse.GetValue(repo));
            var subject = SessionIdentity.Resolve(context, Workspace.Open(repoRoot), parse.GetValue(id), parse.GetValue(track), "guard", needsTrack: true);
            return Run(context, new Options(repoRoot, subject.TaskId, subject.Track!, scope, parse.GetValue(format)!));
        });
        return command;
    }

    internal static int Run(CliContext context, Options options)
    {
        var report = GuardService.Run(Workspace.Open(options.Repo), options.TaskId, options.Track, options.Scope, context.WorkingDirectory);
        switch (options.Format)
        {
            case "json":
                GuardJsonRenderer.Render(report, context.Output);
                break;
            case "github":
                GuardGithubRenderer.Render(report, context.Output);
                break;
            default:
                GuardTextRenderer.Render(report, context.Output);
                break;
        }
        return report.Violations.Count == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
