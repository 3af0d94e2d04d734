using System.CommandLine;
using System.CommandLine.Completions;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Completion;

/// <summary>
/// Completes every task id argument (ID) with the ids of the repo the command would work on, so that
/// `harness restart <TAB>` offers FEATURE-002. Added once over the whole command tree, not per command.
/// </summary>
internal static class TaskIdCompletions
{
    public static void AddTo(Command root, CliContext context)
    {
        foreach (var command in root.Subcommands)
        {
            foreach (var argument in command.Arguments.Where(a => a.Name == "ID"))
            {
                argument.CompletionSources.Add(completion => TaskIds(context, completion));
            }
            AddTo(command, context);
        }
    }

    private static IEnumerable<CompletionItem> TaskIds(CliContext context, CompletionContext completion)
    {
        // Completion runs on every key press of the user's shell: any failure means no suggestion, never an error.
        try
        {
            var repoOption = completion.ParseResult.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--repo");
            var repo = repoOption is null ? null : completion.ParseResult.GetResult(repoOption)?.Tokens.FirstOrDefault()?.Value;
            var workspace = Workspace.Open(context.FindRepo(repo));
            return workspace.TaskIds
                .Where(id => id.StartsWith(completion.WordToComplete, StringComparison.OrdinalIgnoreCase))
                .Select(id => new CompletionItem(id))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Harness.Core.HarnessInputException)
        {
            return [];
        }
    }
}
