using System.Globalization;
using Harness.Core.Artifacts;
using Harness.Core.Documents;
using Harness.Core.Evidence;
using Harness.Core.Verify;
using Harness.Core.Workspaces;

namespace Harness.Core.Notes;

/// <summary>What `harness note` refreshes on its own: Last Verify from the evidence, Changed Files from git.</summary>
internal static class NoteFacts
{
    /// <summary>
    /// The note's Last Verify with each line whose command has a recorded run replaced by that run's latest
    /// result, and recorded commands the note lacked added; null (leave the section alone) when nothing was recorded.
    /// </summary>
    public static IReadOnlyList<string>? LastVerify(Workspace workspace, HarnessTask task, ProgressNote note)
    {
        var errors = new List<InputError>();
        var latest = new EvidenceStore(workspace.Root, workspace.Config.EvidencePath).LatestByTrack(task.Id, errors);
        if (errors.Count > 0)
        {
            throw new HarnessInputException(string.Join('\n', errors.Select(e => e.ToString())));
        }
        if (latest.Count == 0)
        {
            return null;
        }
        var records = latest.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value.Record).ToList();
        var lines = new List<string>();
        foreach (var line in note.LastVerify)
        {
            var match = records.FindIndex(r => r.Command == line.Command);
            if (match < 0)
            {
                lines.Add("- " + line.Line.Text);
                continue;
            }
            lines.Add(Line(records[match]));
            records.RemoveAt(match);
        }
        lines.AddRange(records.Select(Line));
        return lines;
    }

    /// <summary>
    /// Files changed since the note's recorded commit (else since the note was last committed) plus uncommitted
    /// changes, outside .harness/ and the note itself; null outside git (leave the section alone).
    /// </summary>
    public static IReadOnlyList<string>? ChangedFiles(Workspace workspace, ProgressNote? note, string notePath)
    {
        var paths = ChangedPaths(workspace, note, notePath);
        return paths is null ? null : paths.Count == 0 ? ["- none"] : paths.Select(p => $"- `{p}`").ToList();
    }

    /// <summary>The paths behind <see cref="ChangedFiles"/>; null outside git.</summary>
    public static IReadOnlyList<string>? ChangedPaths(Workspace workspace, ProgressNote? note, string notePath)
    {
        var git = workspace.Git;
        if (git is null)
        {
            return null;
        }
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var since = note?.Commit?.Text is { Length: > 0 } recorded && git.Git("cat-file", "-e", recorded + "^{commit}").Ok
            ? recorded
            : git.Git("log", "-1", "--format=%H", "--", notePath) is { Ok: true } log && log.Output.Trim().Length > 0 ? log.Output.Trim() : null;
        if (since is not null && git.Head() is not null)
        {
            var diff = git.Git("diff", "--name-only", "--relative", "-z", since, "HEAD", "--", ".");
            if (diff.Ok)
            {
                files.UnionWith(diff.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        files.UnionWith(git.UncommittedChanges());
        var lockPath = NoteLock.PathFor(notePath);
        return files.Where(p => p != notePath && p != lockPath && p != ".harness" && !p.StartsWith(".harness/", StringComparison.Ordinal)).ToList();
    }

    /// <summary>A Last Verify line for a recorded run: "- `command` : pass (Track A, abc1234, time)".</summary>
    public static string Line(EvidenceRecord record)
    {
        var result = record.Outcome switch
        {
            CommandRunner.Passed => "pass",
            CommandRunner.Failed => $"fail (exit {record.ExitCode})",
            _ => $"fail ({record.Outcome})",
        };
        var who = record.Track is null ? "brief" : $"Track {record.Track}";
        var commit = record.Commit is { Length: >= 7 } c ? c[..7] : "no commit";
        var dirty = record.Dirty ? ", dirty tree" : "";
        var at = record.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
        return $"- `{record.Command}` : {result} ({who}, {commit}{dirty}, {at})";
    }
}
