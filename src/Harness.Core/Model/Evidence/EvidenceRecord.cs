using System.Text.Json.Serialization;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// One verify run, as `harness verify` writes it (contract, section 5): one JSON file a run, never edited.
/// </summary>
public sealed class EvidenceRecord
{
    /// <summary>The task id. Records written before the JSON vocabulary was made one (docs/json.md) call it "feature".</summary>
    [JsonPropertyName("task")]
    public string TaskId { get; set; } = "";

    /// <summary>Reads the task id of a record written under its old name; never written.</summary>
    [JsonPropertyName("feature")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FeatureOfOlderRecord
    {
        get => null;
        set
        {
            if (value is not null && TaskId.Length == 0)
            {
                TaskId = value;
            }
        }
    }

    /// <summary>The track id, or null for a single-agent task's brief verification.</summary>
    [JsonPropertyName("track")]
    public string? Track { get; set; }

    [JsonPropertyName("command")]
    public string Command { get; set; } = "";

    /// <summary>The command's exit code; null when it was interrupted or timed out before it exited.</summary>
    [JsonPropertyName("exitCode")]
    public int? ExitCode { get; set; }

    /// <summary>UTC start time, ISO 8601.</summary>
    [JsonPropertyName("startedAt")]
    public DateTimeOffset StartedAt { get; set; }

    [JsonPropertyName("durationMs")]
    public long DurationMs { get; set; }

    /// <summary>The full hash of HEAD when the run started; null outside git or before the first commit.</summary>
    [JsonPropertyName("commit")]
    public string? Commit { get; set; }

    /// <summary>Whether tracked files were changed, or untracked files not ignored existed, outside harness's own artifacts.</summary>
    [JsonPropertyName("dirty")]
    public bool Dirty { get; set; }

    /// <summary>
    /// A dirty run's work tree as a git tree (untracked files not ignored included), so that freshness can tell
    /// later whether the code committed since is the code that ran; null for a clean run and in older records.
    /// </summary>
    [JsonPropertyName("tree")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tree { get; set; }

    /// <summary>The last lines of the output, secrets redacted.</summary>
    [JsonPropertyName("outputTail")]
    public string OutputTail { get; set; } = "";

    /// <summary>"passed", "failed", "timed-out" or "interrupted".</summary>
    [JsonPropertyName("outcome")]
    public string Outcome { get; set; } = "";

    [JsonIgnore]
    public bool Passed => ExitCode == 0 && Outcome is "" or VerifyOutcome.Passed;
}
