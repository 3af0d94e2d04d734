using System.CommandLine;
using Harness.Cli.Output.Assess;
using Harness.Core.Assess;
using Harness.Core.Model.Assessment;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Commands;

/// <summary>`harness assess ID [--format text|json]`: single-agent, multi-agent or stop, and why (exit 1 for stop).</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The task id, such as FEATURE-002" };
        var format = CommonOptions.Choice("--format", "Text for people, JSON for tools", "text", "text", "json");
        var repo = CommonOptions.Repo();
        var command = new Command("assess", "Decide from the artifacts whether to split a task across agents: single-agent, multi-agent or stop (exit 1)")
        {
            id,
            format,
            repo,
        };
        command.SetAction(parse =>
        {
            var assessment = AssessService.Run(Workspace.Open(context.FindRepo(parse.GetValue(repo))), parse.GetValue(id)!);
            if (parse.GetValue(format) == "json")
            {
                AssessJsonRenderer.Render(assessment, context.Output);
            }
            else
            {
                AssessTextRenderer.Render(assessment, context.Output);
            }
            return assessment.Verdict == Verdicts.Stop ? ExitCodes.ProblemsFound : ExitCodes.Ok;
        });
        return command;
    }
}
