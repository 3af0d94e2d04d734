using System.Text.Json;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// Reads the evidence records of a task from .harness/evidence/ID/. File names start with a UTC timestamp,
/// so name order is time order. A record that cannot be read is an input error naming the file, not a crash.
/// </summary>
public sealed class EvidenceStore
{
    private readonly string _repoRoot;
    private readonly string _evidenceRoot;
    private readonly RepoFolderGuard _folders;

    /// <param name="folders">The command call's link checks, when it has them (lint reads the evidence of every task).</param>
    public EvidenceStore(string repoRoot, string evidenceRoot, RepoFolderGuard? folders = null)
    {
        _repoRoot = repoRoot;
        _evidenceRoot = evidenceRoot;
        _folders = folders ?? new RepoFolderGuard(repoRoot);
    }

    public string FolderOf(string taskId) => $"{_evidenceRoot}/{taskId}";

    /// <summary>Every readable record of a task, oldest first, with its repo-relative path.</summary>
    public IReadOnlyList<(string Path, EvidenceRecord Record)> ReadAll(string taskId, List<InputError> errors)
    {
        var folder = Path.Combine(_repoRoot, FolderOf(taskId));
        if (_folders.Refusal(FolderOf(taskId)) is { } refusal)
        {
            errors.Add(new InputError(new SourceLocation(FolderOf(taskId), 0, 0), refusal));
            return [];
        }
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var records = new List<(string, EvidenceRecord)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var relative = RepoPaths.ToRelative(_repoRoot, file);
            if (!SourceFileReader.TryRead(_folders, relative, out var source, out var error))
            {
                errors.Add(error!);
                continue;
            }
            try
            {
                var record = JsonSerializer.Deserialize(source!.Text, EvidenceJsonContext.Default.EvidenceRecord);
                if (record is null)
                {
                    errors.Add(new InputError(new SourceLocation(relative, 1, 1), "is no evidence record (empty JSON)"));
                    continue;
                }
                records.Add((relative, record));
            }
            catch (JsonException e)
            {
                var line = (int)(e.LineNumber ?? 0) + 1;
                errors.Add(new InputError(new SourceLocation(relative, line, 1), $"is no valid evidence record: {e.Message.Split('.')[0]}"));
            }
        }
        return records;
    }

    /// <summary>
    /// The latest record of each track of a task (key: track id, or "" for a brief's verification), for a
    /// command that stops on a record it cannot read: one line naming the first such file, exit 2.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Path, EvidenceRecord Record)> LatestOrThrow(Workspace workspace, string taskId)
    {
        var errors = new List<InputError>();
        var latest = new EvidenceStore(workspace.Root, workspace.Config.EvidencePath, workspace.Folders).LatestByTrack(taskId, errors);
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more unreadable evidence records)" : "";
            throw new HarnessInputException(errors[0] + more);
        }
        return latest;
    }

    /// <summary>The latest record of each track (key: track id, or "" for a brief's verification).</summary>
    public IReadOnlyDictionary<string, (string Path, EvidenceRecord Record)> LatestByTrack(string taskId, List<InputError> errors)
    {
        var latest = new Dictionary<string, (string, EvidenceRecord)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in ReadAll(taskId, errors))
        {
            latest[entry.Record.Track ?? ""] = entry;
        }
        return latest;
    }
}
