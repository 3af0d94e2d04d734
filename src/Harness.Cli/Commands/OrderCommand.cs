using System.CommandLine;
using Harness.Cli.Output.Order;
using Harness.Core.Model.Workspaces;
using Harness.Core.Order;

namespace Harness.Cli.Commands;

/// <summary>`harness order ID [--check T]`: the merge sequence of a task, or whether one track may merge.</summary>
internal static class OrderCommand
{
    internal sealed record Options(string Repo, string TaskId, string? Check, string Format);

    public static Command Create(CliContext context)
    {
        var id = CommonOptions.TaskId();
        var repo = CommonOptions.Repo();
        var check = new Option<string?>("--check")
        {
            Description = "Exit 1 unless everything that must merge before track T is done or verified",
            HelpName = "T",
        };
        var format = CommonOptions.Choice("--format", "Output format", "text", "text", "json", "mermaid");
        var command = new Command("order", "Show the merge sequence: Merge Order phases and track dependencies, parallel tracks side by side")
        {
            id, check, repo, format,
        };
        command.SetAction(parse => Run(context, new Options(context.FindRepo(parse.GetValue(repo)), parse.GetValue(id)!,
            parse.GetValue(check), parse.GetValue(format)!)));
        return command;
    }

    internal static int Run(CliContext context, Options options)
    {
        var sequence = OrderService.Run(Workspace.Open(options.Repo), options.TaskId, options.Check);
        switch (options.Format)
        {
            case "json":
                OrderJsonRenderer.Render(sequence, context.Output);
                break;
            case "mermaid":
                OrderMermaidRenderer.Render(sequence, context.Output);
                break;
            default:
                OrderTextRenderer.Render(sequence, context.Output);
                break;
        }
        return sequence.Check is { MayMerge: false } ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }
}
