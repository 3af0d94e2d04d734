using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Tracks;

/// <summary>
/// A track hands its work to a sub-task no task of the repo answers to: its status and verify cannot roll up, and
/// the agent restarting it is sent to a task that is not there.
/// </summary>
public sealed class UnknownSubTaskRule : IRule
{
    public string Id => RuleIds.UnknownSubTask;

    public string Name => "unknown-sub-task";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track's Sub-task names a task the repo does not have.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        var graph = context.SubTasks;
        var ids = context.Workspace.TaskIds;
        var known = ids.Count == 0 ? "none" : string.Join(", ", ids);
        foreach (var (list, track) in context.AllTracks)
        {
            if (track.SubTask is { } sub && !graph.Names(sub.Text))
            {
                yield return new RuleFinding(sub.Location,
                    $"Track {track.Id} hands its work to sub-task {sub.Text}, which is no task of this repo (tasks: {known}); " +
                    $"fix the id, or start the task with its own feature list (`{CommandWords.New} {sub.Text}`, then `feature-list-{sub.Text}.md` beside {list.Path})");
            }
        }
    }
}
