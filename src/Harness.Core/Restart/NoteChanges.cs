using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>What changed since the Progress Note: commits after it, uncommitted owned files, newer handoffs.</summary>
public static class NoteChanges
{
    public static ChangesSinceNote Collect(TaskState sources)
    {
        var git = sources.Git;
        var notePath = sources.Task.NotePath;
        var noteTime = sources.Note is null ? null : NoteTime.Of(sources.Workspace.FullPath(notePath), sources.Note, git);
        var sinceNote = sources.Note is null ? null : SinceNote.Split(git.Log, notePath, c => c.Files);
        var owned = OwnedFiles(sources).Select(f => new GlobPattern(f)).ToList();
        var uncommitted = git.Uncommitted.Where(path => owned.Any(g => g.Matches(path))).Order(StringComparer.Ordinal).ToList();
        var newer = noteTime is null
            ? sources.Task.HandoffPaths
            : sources.Task.HandoffPaths.Where(h => HandoffOrder.TimeOf(sources, h) > noteTime.Time).ToList();
        var handoffs = HandoffOrder.OldestFirst(sources, newer).Select(h => HandoffEntry.Of(h, sources.Task.ReadHandoff(h))).ToList();
        return new ChangesSinceNote(git.HasGit, noteTime, sinceNote?.NoteCommit, sinceNote?.After ?? [], uncommitted, handoffs);
    }

    /// <summary>The current track's owned files; the planner's are every track's; a brief's are its Deliverables.</summary>
    private static IEnumerable<string> OwnedFiles(TaskState sources)
    {
        if (sources.SingleAgent)
        {
            return sources.Brief?.ItemsOf("Deliverables").SelectMany(FieldReader.Paths).Select(p => p.Unwrapped) ?? [];
        }
        var tracks = sources.Track is null ? sources.Tracks : [sources.Track];
        return tracks.SelectMany(t => t.OwnedFiles).Select(f => f.Unwrapped);
    }
}
