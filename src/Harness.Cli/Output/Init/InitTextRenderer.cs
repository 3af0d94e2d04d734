using Harness.Core.Init.Agents;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Writing;

namespace Harness.Cli.Output.Init;

/// <summary>`harness init` for people: one line a file, then (with --agent) the command the hooks and MCP server run, and why.</summary>
internal static class InitTextRenderer
{
    public static void Render(IReadOnlyList<FileAction> actions, HarnessCommand? command, TextWriter output)
    {
        foreach (var action in actions)
        {
            output.WriteLine(action.ToString());
        }
        if (command is not null)
        {
            output.WriteLine($"agent command: {command.Text} ({Why(command)})");
        }
    }

    private static string Why(HarnessCommand command) => command.Source switch
    {
        HarnessCommandSource.Given => $"given with {CommandWords.Command}",
        HarnessCommandSource.ToolManifest => $"{command.Manifest} lists the harness tool",
        _ => $"harness on PATH; for a local tool or dnx give {CommandWords.Command} \"{HarnessCommand.LocalTool}\" or {CommandWords.Command} \"dnx HarnessCli\"",
    };
}
