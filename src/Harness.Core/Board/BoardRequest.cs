using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Worktrees;

namespace Harness.Core.Board;

/// <summary>
/// What the board is built from: the status report of the tasks it shows and the agents report of the work trees
/// and pushed branches (null when the repo has no git), both as their own commands build them, and the time its
/// ages are counted to. A filter of tasks (archived ones) or a tree of sub-tasks belongs in the reports it is given.
/// </summary>
public sealed record BoardRequest(IReadOnlyList<TaskStatusReport> Tasks, AgentsReport? Agents, DateTimeOffset Now)
{
    /// <summary>The archived tasks to list at the end of the page (none unless the user asked for every task).</summary>
    public IReadOnlyList<ArchivedTask> Archived { get; init; } = [];
}
