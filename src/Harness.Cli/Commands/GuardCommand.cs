using System.CommandLine;
using Harness.Core;
using Harness.Core.Guard;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness guard ID --track T`: the changed files of a track against the files it may change.</summary>
internal static class GuardCommand
{
    internal sealed record Options(string Repo, string TaskId, string Track, GuardScope Scope, string Format);

    public static Command Create(CliContext context)
    {
        var id = CommonOptions.TaskId();
        var repo = CommonOptions.Repo();
        var track = new Option<string>("--track")
        {
            Description = "The track whose changes these are, such as B",
            Required = true,
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
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length > 0 && (parse.GetValue(baseRef) is not null || parse.GetValue(staged)))
            {
                throw new HarnessInputException("--files checks the given paths; it does not combine with --base or --staged");
            }
            var scope = new GuardScope(parse.GetValue(baseRef), parse.GetValue(staged), paths);
            return Run(context, new Options(context.ResolveRepo(parse.GetValue(repo)), parse.GetValue(id)!,
                parse.GetValue(track)!, scope, parse.GetValue(format)!));
        });
        return command;
    }

    internal static int Run(CliContext context, Options options)
    {
        var report = GuardService.Run(Workspace.Open(options.Repo), options.TaskId, options.Track, options.Scope, context.WorkingDirectory);
        GuardOutput.Write(report, options.Format, context.Output);
        return report.Violations.Count == 0 ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
