using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;

namespace Harness.Core.Model.State;

/// <summary>
/// The latest verify result of each track (of the task, for a single-agent task): the newest evidence record,
/// else the Progress Note's Last Verify line for the same command, and how fresh it is now.
/// </summary>
public static class VerifyResults
{
    public static IReadOnlyList<VerifyResult> Collect(TaskState sources)
    {
        var latest = sources.LatestEvidence;
        var noteLines = sources.Note?.LastVerify ?? [];
        var usedLines = new HashSet<VerifyLine>();
        var results = new List<VerifyResult>();
        var freshness = sources.Freshness;
        foreach (var track in sources.Tracks)
        {
            if (latest.TryGetValue(track.Id, out var record))
            {
                // The record supersedes the note's line for the same command: one result, said once.
                usedLines.UnionWith(noteLines.Where(l => l.Command == record.Record.Command));
                results.Add(FromRecord(freshness, track.Id, record.Path, record.Record));
                continue;
            }
            var command = track.VerifyCommand?.Text;
            var line = noteLines.FirstOrDefault(l => command is not null && l.Command == command);
            if (line is not null)
            {
                usedLines.Add(line);
                results.Add(FromNote(track.Id, line));
            }
            else if (command is null)
            {
                var signal = track.VerifySignal?.Label.Location ?? track.Location;
                var stated = sources.StatedCommands.For(track.Id);
                results.Add(new VerifyResult(track.Id, null, null, VerifyState.None,
                    $"its Verify Signal names no command in backticks; {VerifyFixes.WriteCommand(track, stated)}", signal.File, signal.Line));
            }
            else
            {
                results.Add(new VerifyResult(track.Id, command, null, VerifyState.None,
                    "no evidence record and no Last Verify line for this command", track.Location.File, track.Location.Line));
            }
        }
        // Evidence of no listed track (a single-agent task's is filed under ""), then note lines no track claimed.
        foreach (var (key, record) in latest.Where(l => sources.Tracks.All(t => !TrackIds.Comparer.Equals(t.Id, l.Key))))
        {
            results.Add(FromRecord(freshness, key.Length == 0 ? null : key, record.Path, record.Record));
        }
        if (!sources.SingleAgent || latest.Count == 0)
        {
            results.AddRange(noteLines.Where(l => !usedLines.Contains(l)).Select(l => FromNote(null, l)));
        }
        return results;
    }

    private static VerifyResult FromRecord(Freshness freshness, string? track, string path, EvidenceRecord record)
    {
        var verdict = freshness.Of(record);
        return new VerifyResult(track, record.Command, Freshness.ResultOf(record), verdict.State, verdict.Reason, path, 1);
    }

    private static VerifyResult FromNote(string? track, VerifyLine line) => new(track, line.Command, line.Result, line.State,
        line.Command is null
            ? "from the Progress Note's Last Verify, which names no command in backticks and carries no commit"
            : "from the Progress Note's Last Verify, which carries no commit",
        line.Line.Location.File, line.Line.Location.Line);
}
