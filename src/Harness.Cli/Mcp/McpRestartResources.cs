using Harness.Core;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;
using Harness.Core.Restart;

namespace Harness.Cli.Mcp;

/// <summary>
/// The whole restart prompt, never cut to a budget, as MCP resources: harness://restart/TASK (the planner's) and
/// harness://restart/TASK/TRACK, listed for each task in progress and each of its tracks not finished. A prompt
/// the SessionStart hook or the restart tool cut to fit names its resource, so an agent reads the rest here.
/// </summary>
internal sealed class McpRestartResources
{
    private readonly string _repo;

    public McpRestartResources(string repo)
    {
        _repo = repo;
    }

    public sealed record Entry(string Uri, string Name);

    /// <summary>The prompts of the tasks in progress; none when the artifacts cannot be read (the artifacts stay listed).</summary>
    public IReadOnlyList<Entry> List()
    {
        try
        {
            var workspace = Workspace.Open(_repo);
            var entries = new List<Entry>();
            foreach (var task in CurrentTask.InProgress(workspace, GitFacts.Started(null)).Select(t => t.Task).OrderBy(t => t.Id, StringComparer.Ordinal))
            {
                entries.Add(new Entry(CommandWords.RestartResource(task.Id, null), $"restart prompt of {task.Id} (planner)"));
                foreach (var track in task.FeatureList?.Tracks.Where(t => !t.StatusKind.IsFinished()) ?? [])
                {
                    entries.Add(new Entry(CommandWords.RestartResource(task.Id, track.Id), $"restart prompt of {task.Id} Track {track.Id}"));
                }
            }
            return entries;
        }
        catch (HarnessInputException)
        {
            return [];
        }
    }

    public static bool Owns(string uri) => uri.StartsWith(CommandWords.RestartResourceScheme, StringComparison.Ordinal);

    /// <summary>The whole prompt a URI names; any task and track of the repo can be read, listed or not.</summary>
    public string Read(string uri)
    {
        var parts = uri[CommandWords.RestartResourceScheme.Length..].Split('/');
        if (parts.Length > 2 || parts.Any(p => p.Length == 0))
        {
            throw new McpArgumentException($"'{uri}' names no restart prompt; they are {CommandWords.RestartResourceScheme}TASK and {CommandWords.RestartResourceScheme}TASK/TRACK");
        }
        var task = Uri.UnescapeDataString(parts[0]);
        var track = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : null;
        // The URI names the agent, before anything the session set: a track, else the planner. The environment of
        // the server is not read.
        var request = new RestartRequest(task, Current: false, track, track is null ? IdentityResolver.PlannerRole : null);
        return RestartService.Prompt(RestartService.Run(new RestartOptions(_repo, request)));
    }
}
