using System.CommandLine;
using Harness.Core.Assess;

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
            var outcome = AssessmentService.Run(new AssessOptions(context.ResolveRepo(parse.GetValue(repo)), parse.GetValue(id)!,
                parse.GetValue(format) == "json"));
            context.Output.Write(outcome.Text);
            return outcome.ExitCode;
        });
        return command;
    }
}
