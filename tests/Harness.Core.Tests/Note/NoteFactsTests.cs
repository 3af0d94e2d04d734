using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.State;
using Harness.Core.Note;

namespace Harness.Core.Tests.Note;

public sealed class NoteFactsTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 27, 0, 4, 31, TimeSpan.Zero);

    [TestCase("A", "0123456789abcdef", false, VerifyOutcome.Passed, 0)]
    [TestCase(null, "0123456789abcdef", true, VerifyOutcome.Failed, 2)]
    [TestCase("api-2", null, false, VerifyOutcome.TimedOut, null)]
    [TestCase("B", "fedcba9876543210", true, VerifyOutcome.Interrupted, null)]
    public void Every_line_harness_writes_reads_back_as_harness_written(string? track, string? commit, bool dirty, string outcome, int? exit)
    {
        var record = new EvidenceRecord
        {
            Track = track, Command = "sh tests/run all.sh", Commit = commit, Dirty = dirty, Outcome = outcome, ExitCode = exit, StartedAt = Started,
        };

        var written = NoteFacts.ReadWritten(NoteFacts.Line(record));

        written.Should().Be(new WrittenVerifyLine("sh tests/run all.sh", track is null ? "brief" : $"Track {track}", new DateTimeOffset(2026, 11, 27, 0, 4, 0, TimeSpan.Zero)));
    }

    [TestCase("- `sh t.sh` : pass")]
    [TestCase("- `sh t.sh` : 成功 (Track A, 0123456, 2026-11-27 00:04Z)")]
    [TestCase("- `sh t.sh` : pass (Track A, 0123456, 2026-11-27 00:04Z) 手で確認")]
    [TestCase("  - `sh t.sh` : pass (Track A, 0123456, 2026-11-27 00:04Z)")]
    [TestCase("- `sh t.sh` : pass (Track A, 0123456, 2026-11-27 00:04Z) ")]
    [TestCase("* `sh t.sh` : pass (Track A, 0123456, 2026-11-27 00:04Z)")]
    [TestCase("- `sh t.sh`: pass (Track A, 0123456, 2026-11-27 00:04Z)")]
    public void A_line_in_any_other_form_is_the_authors(string line)
    {
        NoteFacts.ReadWritten(line).Should().BeNull();
    }

    [TestCase("- `src/a.sh`（フィルタ本体）", "src/a.sh", true)]
    [TestCase("- src/a.sh：補助", "src/a.sh", true)]
    [TestCase("- src/a.shの修正。", "src/a.sh", true)]
    [TestCase("- ./src/a.sh を直した", "src/a.sh", true)]
    [TestCase("- 最後に src/a.sh.", "src/a.sh", true)]
    [TestCase("- `src/`配下", "src/a.sh", true)]
    [TestCase("- `src/**/*.sh`", "src/lib/a.sh", true)]
    [TestCase("- `src/a.sh.bak`", "src/a.sh", false)]
    [TestCase("- `lib/src/a.sh`", "src/a.sh", false)]
    [TestCase("- `src/a.shell`", "src/a.sh", false)]
    [TestCase("- `sh src/run.sh` で確認", "src/a.sh", false)]
    [TestCase("- none", "src/a.sh", false)]
    public void A_line_names_a_path_as_a_whole_word_or_through_a_backticked_folder_or_glob(string line, string path, bool names)
    {
        ChangedFilesMerge.Names(line, path).Should().Be(names);
    }

    [Test]
    public void Every_progress_note_status_has_a_meaning_restart_reads()
    {
        TrackStatusKinds.ProgressNoteStatuses.Select(TrackStatusKinds.Parse).Should().NotContain(TrackStatus.Unknown);
        TrackStatusKinds.ProgressNoteStatuses.Should().OnlyContain(s => TrackStatusKinds.IsProgressNoteStatus(s));
        TrackStatusKinds.IsProgressNoteStatus("verified").Should().BeFalse("a track is verified, a note is not");
    }
}
