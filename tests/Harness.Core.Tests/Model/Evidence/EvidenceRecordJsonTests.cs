using System.Text.Json;
using Harness.Core.Model.Evidence;

namespace Harness.Core.Tests.Model.Evidence;

/// <summary>The evidence file on disk: new records name the task `task`; records written before still read.</summary>
public sealed class EvidenceRecordJsonTests
{
    [Test]
    public void A_new_record_writes_task_and_no_feature()
    {
        var json = JsonSerializer.Serialize(new EvidenceRecord { TaskId = "FEATURE-002", Track = "B", Outcome = "passed" }, EvidenceJsonContext.Default.EvidenceRecord);

        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("task").GetString().Should().Be("FEATURE-002");
        document.RootElement.TryGetProperty("feature", out _).Should().BeFalse();
    }

    [Test]
    public void A_record_written_with_feature_reads_its_task_id()
    {
        var record = JsonSerializer.Deserialize("""{"feature":"FEATURE-015","track":"A","command":"sh t.sh","exitCode":0,"startedAt":"2026-11-27T00:00:00Z","outcome":"passed"}""",
            EvidenceJsonContext.Default.EvidenceRecord)!;

        record.TaskId.Should().Be("FEATURE-015");
        record.Passed.Should().BeTrue();
    }

    [Test]
    public void A_record_with_both_names_keeps_task()
    {
        var record = JsonSerializer.Deserialize("""{"task":"FEATURE-016","feature":"FEATURE-015"}""", EvidenceJsonContext.Default.EvidenceRecord)!;

        record.TaskId.Should().Be("FEATURE-016");
    }
}
