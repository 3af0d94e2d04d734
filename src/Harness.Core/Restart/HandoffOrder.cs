using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>
/// The order handoffs were written in, oldest first: by the time each records (`created`, to the fraction of a
/// second as `harness handoff` writes it; else the time its name starts with; else its modification time), then,
/// for handoffs of the same time, by the commit that added each (an uncommitted one last), then by file name.
/// The second of a file name alone cannot order two handoffs written in one second. git is asked (one `git log`
/// of the handoff folder) only when two handoffs share a time.
/// </summary>
public static class HandoffOrder
{
    public static IReadOnlyList<string> OldestFirst(TaskState sources, IReadOnlyList<string> paths)
    {
        var timed = paths.Select(path => (Path: path, Time: TimeOf(sources, path))).ToList();
        var tied = timed.GroupBy(h => h.Time).Any(g => g.Count() > 1);
        var added = tied ? CommitOrder(sources) : new Dictionary<string, int>(StringComparer.Ordinal);
        return timed
            .OrderBy(h => h.Time)
            .ThenBy(h => added.TryGetValue(h.Path, out var index) ? index : int.MaxValue)
            .ThenBy(h => h.Path, StringComparer.Ordinal)
            .Select(h => h.Path)
            .ToList();
    }

    /// <summary>When a handoff was written, as <see cref="OldestFirst"/> orders it.</summary>
    public static DateTimeOffset TimeOf(TaskState sources, string path) =>
        ArtifactTime.ParseDate(sources.Task.ReadHandoff(path)?.Created?.Text)
        ?? ArtifactTime.FromFileName(path)
        ?? ArtifactTime.Modified(sources.Workspace.FullPath(path)).Time;

    /// <summary>Each committed handoff with the place of the commit that added it, oldest commit 0.</summary>
    private static Dictionary<string, int> CommitOrder(TaskState sources)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        if (sources.Workspace.Git?.CommitsTouching([sources.Task.HandoffFolder]) is not { } newestFirst)
        {
            return order;
        }
        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            foreach (var file in newestFirst[i].Files)
            {
                order.TryAdd(file, newestFirst.Count - 1 - i);
            }
        }
        return order;
    }
}
