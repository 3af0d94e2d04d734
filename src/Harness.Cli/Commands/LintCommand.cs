using System.CommandLine;
using Harness.Cli.Output.Lint;
using Harness.Core.Lint;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness lint`: checks every artifact against the contract and prints the findings in one format.</summary>
internal static class LintCommand
{
    internal sealed record Options(string Repo, string Format, Severity Threshold);

    public static Command Create(CliContext context)
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Choice("--format", "How to print the findings", "text", "text", "json", "sarif", "github");
        var threshold = CommonOptions.Choice("--severity-threshold",
            "The least severity that makes lint exit 1", "error", "error", "warning", "info");
        var command = new Command("lint", "Check the artifacts against the contract: structure, tracks, ownership, plan, Progress Note, evidence")
        {
            repo,
            format,
            threshold,
        };
        command.SetAction(parse =>
        {
            SeverityNames.TryParse(parse.GetValue(threshold), out var severity);
            return Run(context, new Options(context.FindRepo(parse.GetValue(repo)), parse.GetValue(format)!, severity));
        });
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        var result = LintService.Run(Workspace.Open(options.Repo));
        ILintRenderer renderer = options.Format switch
        {
            "json" => new LintJsonRenderer(),
            "sarif" => new LintSarifRenderer(),
            "github" => new LintGithubRenderer(),
            _ => new LintTextRenderer(),
        };
        renderer.Render(result, context);
        return result.Reaches(options.Threshold) ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}
