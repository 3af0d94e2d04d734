using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Git;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Archive;

/// <summary>What `harness archive` was asked: the task, and whether to archive it with tracks unfinished.</summary>
public sealed record ArchiveRequest(string TaskId, bool Force);

/// <summary>One file archive moved, repo-relative; <paramref name="Tracked"/> when git moved it (`git mv`, staged).</summary>
public sealed record ArchiveMove(string From, string To, bool Tracked);

/// <summary>
/// What `harness archive` did: the folder the task went to, every file moved, the unfinished work archived with
/// --force, and the commit that records it (null outside git, or when git tracked none of the files).
/// </summary>
public sealed record ArchiveReport(string TaskId, string Folder, IReadOnlyList<ArchiveMove> Moves, IReadOnlyList<string> Unfinished, string? CommitLine);

/// <summary>
/// `harness archive ID`: moves a finished task's artifacts (plan, brief, Progress Note, handoffs, its own feature
/// list, its evidence) to tasks/archive/ID/ in one commit-ready step: `git mv` for what git tracks, a plain move for
/// the rest. Every move is checked before any is made, and nothing in the archive is ever overwritten.
/// </summary>
public static class ArchiveService
{
    public static ArchiveReport Run(Workspace workspace, ArchiveRequest request)
    {
        var task = workspace.GetTask(request.TaskId);
        var unfinished = Unfinished(task);
        workspace.ThrowIfInputErrors();
        if (unfinished.Count > 0 && !request.Force)
        {
            throw new HarnessInputException(
                $"{task.Id} is not finished: {string.Join(", ", unfinished)}; finish it first, or archive it anyway with {CommandWords.Force}");
        }
        var archive = workspace.Archive;
        var folder = archive.FolderOf(task.Id);
        if (workspace.Exists(folder))
        {
            throw new HarnessInputException($"{folder}: already in the archive; archive never overwrites it: move it away first");
        }
        var moves = Files(workspace, archive.PathsOf(task, workspace.Exists));
        var git = workspace.Git;
        var tracked = git is null ? [] : (git.TrackedFiles(moves.Select(m => m.From).ToList())
            ?? throw new HarnessInputException($"{task.Id}: git could not say which of its files it tracks (git ls-files)")).ToHashSet(StringComparer.Ordinal);
        moves = moves.Select(m => m with { Tracked = tracked.Contains(m.From) }).ToList();
        Move(workspace, git, moves);
        RemoveEmptied(workspace, archive.PathsOf(task, workspace.Exists));
        var commit = moves.Any(m => m.Tracked) ? $"git commit -m {ShellQuote.IfNeeded($"Archive {task.Id}")}" : null;
        return new ArchiveReport(task.Id, folder, moves, unfinished, commit);
    }

    /// <summary>The tracks not done or verified, as `Track B (in-progress)`; a task without tracks is finished when its note says done.</summary>
    private static List<string> Unfinished(HarnessTask task)
    {
        if (task.FeatureList is { Tracks.Count: > 0 } list)
        {
            return list.Tracks.Where(t => t.StatusKind is not (TrackStatus.Done or TrackStatus.Verified))
                .Select(t => $"Track {t.Id} ({t.Status?.Unwrapped ?? "no status"})").ToList();
        }
        if (task.Note is not { } note)
        {
            return [$"it has no tracks and no Progress Note saying done"];
        }
        var status = note.Status?.Unwrapped;
        return TrackStatusKinds.Parse(status) is TrackStatus.Done or TrackStatus.Verified
            ? []
            : [$"its Progress Note ({note.Path}) says {status ?? "no status"}"];
    }

    /// <summary>Every file to move, a folder's files one by one (through links guarded), each target checked free first.</summary>
    private static List<ArchiveMove> Files(Workspace workspace, IReadOnlyList<ArchivePath> paths)
    {
        var moves = new List<ArchiveMove>();
        foreach (var path in paths)
        {
            var full = workspace.FullPath(path.Live);
            if (!Directory.Exists(full))
            {
                moves.Add(new ArchiveMove(path.Live, path.Archived, false));
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(full, file).Replace(Path.DirectorySeparatorChar, '/');
                moves.Add(new ArchiveMove($"{path.Live}/{relative}", $"{path.Archived}/{relative}", false));
            }
        }
        foreach (var move in moves.Where(m => workspace.Exists(m.To)))
        {
            throw new HarnessInputException($"{move.To}: already exists; archive never overwrites a file: move it away first");
        }
        return moves;
    }

    /// <summary>Tracked files through one `git mv` per target folder, the others as plain moves.</summary>
    private static void Move(Workspace workspace, IGitRepository? git, List<ArchiveMove> moves)
    {
        foreach (var folder in moves.Select(m => FolderOf(m.To)).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(workspace.FullPath(folder));
        }
        foreach (var group in moves.Where(m => m.Tracked).GroupBy(m => FolderOf(m.To), StringComparer.Ordinal))
        {
            var moved = git!.Move(group.Select(m => m.From).ToList(), group.Key);
            if (!moved.Ok)
            {
                throw new HarnessInputException($"git mv to {group.Key}: {moved.Error}");
            }
        }
        foreach (var move in moves.Where(m => !m.Tracked))
        {
            File.Move(workspace.FullPath(move.From), workspace.FullPath(move.To));
        }
    }

    /// <summary>The handoffs and evidence folders the moves left empty go too, so that nothing of the task stays behind.</summary>
    private static void RemoveEmptied(Workspace workspace, IReadOnlyList<ArchivePath> left)
    {
        foreach (var path in left)
        {
            var full = workspace.FullPath(path.Live);
            if (Directory.Exists(full) && !Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Any())
            {
                Directory.Delete(full, recursive: true);
            }
        }
    }

    private static string FolderOf(string path) => path[..path.LastIndexOf('/')];
}
