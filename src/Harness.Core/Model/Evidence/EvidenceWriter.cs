using System.Globalization;
using System.Text.Json;
using Harness.Core.Model.Writing;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// Writes one evidence record a run as .harness/evidence/ID/yyyyMMddTHHmmssfffZ-TRACK.json (brief runs end
/// in -brief). A name already taken (two runs in the same millisecond) gets a counter: never an overwrite.
/// </summary>
public static class EvidenceWriter
{
    public const string BriefSuffix = "brief";

    /// <summary>Writes the record into <paramref name="folder"/> (full path) and returns the file's full path.</summary>
    public static string Write(string folder, EvidenceRecord record)
    {
        var stamp = record.StartedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var suffix = record.Track is null ? BriefSuffix : SafeName(record.Track);
        var json = JsonSerializer.Serialize(record, EvidenceJsonContext.Default.EvidenceRecord) + "\n";
        for (var attempt = 1; ; attempt++)
        {
            var name = attempt == 1 ? $"{stamp}-{suffix}.json" : $"{stamp}-{suffix}-{attempt}.json";
            var path = Path.Combine(folder, name);
            if (AtomicFile.TryCreate(path, json))
            {
                return path;
            }
        }
    }

    /// <summary>
    /// Refuses, before anything runs, a folder on the way to the evidence folder that is a file (or anything
    /// but a folder): the run's result could not be recorded, so the command is not run at all.
    /// </summary>
    public static void ThrowIfNoFolderFor(string root, string relativeFolder)
    {
        var path = root;
        var relative = "";
        foreach (var part in relativeFolder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path = Path.Combine(path, part);
            relative = relative.Length == 0 ? part : relative + "/" + part;
            if (Directory.Exists(path))
            {
                continue;
            }
            if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                throw new HarnessInputException(
                    $"{relative}: is a file where harness keeps the evidence folder {relativeFolder}; move it away, nothing was run");
            }
            return;
        }
    }

    private static string SafeName(string track) =>
        new(track.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
