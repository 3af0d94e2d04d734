using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Verify;

/// <summary>
/// `harness verify`: runs the runnable verify command of each chosen track (or of the brief), records one
/// evidence file a run, and reports tracks whose Verify Signal names no command instead of guessing one.
/// restart --verify and MCP call this same entry point.
/// </summary>
public static class VerifyService
{
    /// <summary>Runs the verify of <paramref name="tracks"/> (every track when empty) of a task.</summary>
    public static VerifyReport Run(Workspace workspace, string taskId, IReadOnlyList<string> tracks, TimeSpan? timeout,
        TextWriter outputSink, CancellationToken cancellation)
    {
        var task = workspace.GetTask(taskId);
        // Read first, so that an unreadable feature list or brief is reported as itself, not as a missing one.
        _ = task.FeatureList;
        _ = task.Brief;
        workspace.ThrowIfInputErrors();
        // Where the evidence goes is checked before any command runs: a linked evidence folder stops the run, not its record.
        _ = workspace.FullPath(task.EvidenceFolder);
        var targets = Targets(task, tracks);
        if (targets.Any(t => t.Command is not null))
        {
            EvidenceWriter.ThrowIfNoFolderFor(workspace.Root, task.EvidenceFolder);
        }
        var runs = new List<VerifyRun>();
        var withoutCommand = new List<VerifyTarget>();
        foreach (var target in targets)
        {
            if (target.Command is null)
            {
                withoutCommand.Add(target);
                var signal = target.SignalLine is { } line ? $"its Verify Signal at {line.Location} says '{line.Text}'" : "it has no Verify Signal";
                outputSink.WriteLine($"{target.Label}: no runnable verify command ({signal}); write the command in backticks");
                continue;
            }
            if (cancellation.IsCancellationRequested)
            {
                break;
            }
            runs.Add(RunOne(workspace, task, target, timeout, outputSink, cancellation));
        }
        return new VerifyReport(runs, withoutCommand);
    }

    private static VerifyRun RunOne(Workspace workspace, HarnessTask task, VerifyTarget target, TimeSpan? timeout,
        TextWriter sink, CancellationToken cancellation)
    {
        var command = target.Command!.Text;
        sink.WriteLine($"== {target.Label}: {command}");
        sink.Flush();
        var started = DateTimeOffset.UtcNow;
        var git = workspace.Git;
        var commit = git?.Head();
        var artifacts = new HarnessArtifacts(workspace.Config);
        var dirty = git is not null && git.Status().Changed.Any(p => !artifacts.Contains(p));
        // A dirty run keeps the tree it ran on, so the commit of that same code later leaves it current.
        var tree = dirty && commit is not null && git!.WorkTreeSnapshot() is { Ok: true, Value: { } written } ? written : null;
        var tail = new OutputTail();
        var result = CommandRunner.Run(workspace.Root, command, timeout, sink, tail, cancellation);
        var record = new EvidenceRecord
        {
            TaskId = task.Id,
            Track = target.Track,
            Command = SecretRedactor.Redact(command), // a command line may carry a token too
            ExitCode = result.ExitCode,
            StartedAt = started,
            DurationMs = result.DurationMs,
            Commit = commit,
            Dirty = dirty,
            Tree = tree,
            OutputTail = tail.Text(),
            Outcome = result.Outcome,
        };
        string path;
        try
        {
            path = EvidenceWriter.Write(workspace.FullPath(task.EvidenceFolder), record);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Checked before the run, so this is a folder that changed or a permission: say so, with the outcome.
            throw new HarnessInputException(
                $"{task.EvidenceFolder}: cannot record the evidence of {target.Label} ({result.Outcome}): {e.Message}");
        }
        var relative = RepoPaths.ToRelative(workspace.Root, path);
        var exit = result.ExitCode is { } code ? $"exit {code}, " : "";
        sink.WriteLine($"== {target.Label}: {result.Outcome} ({exit}{result.DurationMs} ms{(dirty ? ", dirty tree" : "")}); evidence {relative}");
        sink.Flush();
        return new VerifyRun(target, record, relative);
    }

    private static List<VerifyTarget> Targets(HarnessTask task, IReadOnlyList<string> tracks)
    {
        var list = task.FeatureList;
        if (list is null)
        {
            if (task.Brief is not { } brief)
            {
                throw new HarnessInputException($"task {task.Id} has neither a feature list nor a task brief; nothing names its verify command");
            }
            if (tracks.Count > 0)
            {
                throw new HarnessInputException($"task {task.Id} is a single-agent task ({brief.Path}); it has no tracks, drop {CommandWords.Track}");
            }
            var verification = brief.Section("Verification");
            var line = verification is null ? null : new TextValue(verification.Body.Split('\n')[0].Trim(), verification.LocationInBody(0));
            return [new VerifyTarget(null, $"{task.Id} brief", brief.VerificationCommand, line)];
        }
        var chosen = tracks.Count == 0
            ? list.Tracks
            : tracks.Select(id => list.FindTrack(id) ?? throw new HarnessInputException(
                $"task {task.Id} has no track '{id}' in {list.Path}; its tracks: {string.Join(", ", list.Tracks.Select(t => t.Id))}")).ToList();
        if (chosen.Count == 0)
        {
            throw new HarnessInputException($"{list.Path} lists no tracks for {task.Id}; add one under ## Tracks");
        }
        return chosen.Select(ToTarget).ToList();
    }

    private static VerifyTarget ToTarget(Track track) =>
        new(track.Id, $"Track {track.Id}", track.VerifyCommand, track.VerifySignal?.Values.FirstOrDefault());
}
