using System.Text;
using System.Text.RegularExpressions;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class NoteCommandTests
{
    private const string JapaneseNote =
        "# JP-001 Progress Note\r\n\r\n## Status\r\n- in-progress\r\n\r\n## Current Goal\r\n- 担当者フィルタの仕様を固める。\r\n\r\n" +
        "## Completed\r\n- 大文字小文字を区別しない比較を実装した。\r\n  - 前後の空白も無視する。\r\n\r\n## Decided\r\n- 未割り当ては `-` と書く。  \r\n\r\n" +
        "## Open Questions\r\n- none\r\n\r\n## Last Verify\r\n- `sh tests/run_all.sh` : 成功\r\n\r\n## Changed Files\r\n- `src/filter.sh`\r\n\r\n" +
        "## Resume Steps\r\n1. 計画を読む。\r\n2. Next Step に進む。\r\n\r\n## Next Step\r\n- 監査ログのテストを書く。\r\n- 二つ目の項目。\r\n";

    [Test]
    public void Untouched_sections_stay_byte_for_byte_with_crlf_bom_and_japanese_prose()
    {
        using var repo = TempRepo.Git();
        repo.WriteBytes("tasks/JP-001-progress.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(JapaneseNote)]);
        var head = repo.CommitAll("note");

        var result = repo.Harness("note", "JP-001", "--status", "blocked", "--question", "ログに時刻を残すか？", "--next", "レビューを依頼する。");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("updated tasks/JP-001-progress.md (Status, Open Questions, Changed Files, Next Step)");
        var bytes = File.ReadAllBytes(repo.PathOf("tasks/JP-001-progress.md"));
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Regex.Replace(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), @"updated: \S+", "updated: T");
        var expected = $"---\r\nupdated: T\r\ncommit: {head}\r\n---\r\n" + JapaneseNote
            .Replace("## Status\r\n- in-progress", "## Status\r\n- blocked")
            .Replace("## Open Questions\r\n- none", "## Open Questions\r\n- ログに時刻を残すか？")
            .Replace("## Changed Files\r\n- `src/filter.sh`", "## Changed Files\r\n- none")
            .Replace("- 監査ログのテストを書く。\r\n- 二つ目の項目。", "- レビューを依頼する。");
        text.Should().Be(expected);
    }

    [Test]
    public void Last_verify_and_changed_files_are_refreshed_from_evidence_and_git()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        repo.Edit("src/support_hub/audit_log.sh", "#", "# edited\n#");

        var result = repo.Harness("note", "FEATURE-002", "--completed", "Track B refuses a no-op change.", "--decided", "Keep sequence numbers.");

        result.ExitCode.Should().Be(0, result.ToString());
        var note = repo.Read("tasks/FEATURE-002-progress.md");
        note.Should().MatchRegex(@"- `sh tests/test_assignee_filter.sh` : pass \(Track A, [0-9a-f]{7}, [^)]+\)\n- `sh tests/test_audit_log.sh` : pass\n");
        note.Should().Contain("## Changed Files\n- `src/support_hub/audit_log.sh`\n\n");
        note.Should().Contain("- Track B: changes are appended with a sequence number.\n- Track B refuses a no-op change.\n\n## Decided");
        note.Should().Contain("through `lower` in `common.sh`.\n- Keep sequence numbers.\n\n## Open Questions");
        note.Should().Contain("## Next Step\n- Add a test that a refused change leaves the log unchanged, then mark Track B done.\n");
        repo.Harness("status", "FEATURE-002").ExitCode.Should().Be(0);
    }

    [Test]
    public void A_missing_note_is_created_from_the_template_with_one_next_step()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf("tasks/FEATURE-002-progress.md"));

        var result = repo.Harness("note", "FEATURE-002", "--goal", "Finish Track B.", "--next", "Write the refusal test.");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("created tasks/FEATURE-002-progress.md");
        var note = repo.Read("tasks/FEATURE-002-progress.md");
        note.Should().StartWith("---\nupdated: ").And.Contain("# FEATURE-002 Progress Note").And.Contain("## Current Goal\n- Finish Track B.\n");
        Regex.Match(note, @"## Next Step\n((?:- .*\n)+)").Groups[1].Value.Should().Be("- Write the refusal test.\n");
    }

    [Test]
    public void A_second_writer_holding_the_lock_is_refused_with_exit_2_and_nothing_changes()
    {
        using var repo = TempRepo.Sample();
        var before = repo.Read("tasks/FEATURE-002-progress.md");
        repo.Write("tasks/FEATURE-002-progress.md.lock", "");

        var result = repo.Harness("note", "FEATURE-002", "--next", "Anything.");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("another harness note is updating it");
        repo.Read("tasks/FEATURE-002-progress.md").Should().Be(before);
    }

    [Test]
    public void Two_note_updates_at_once_end_with_whole_files_only()
    {
        using var repo = TempRepo.Sample();

        var results = new CliResult[2];
        Parallel.For(0, 2, i => results[i] = repo.Harness("note", "FEATURE-002", "--next", $"Step from writer {i}."));

        results.Should().Contain(r => r.ExitCode == 0);
        results.Should().OnlyContain(r => r.ExitCode == 0 || r.ExitCode == 2);
        var nextSteps = Regex.Match(repo.Read("tasks/FEATURE-002-progress.md"), @"## Next Step\n((?:- .*\n)+)").Groups[1].Value;
        nextSteps.Should().MatchRegex(@"^- Step from writer [01]\.\n$");
        repo.Exists("tasks/FEATURE-002-progress.md.lock").Should().BeFalse();
    }
}
