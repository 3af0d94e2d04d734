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

    /// <summary>
    /// A note as a person writes it by hand (no front matter, CRLF, BOM): five Changed Files paths with their
    /// own prose (one bare), a nested item, trailing blanks, and a section of the author's own.
    /// </summary>
    private const string HandWrittenNote =
        "# JP-002 Progress Note\r\n\r\n" +
        "## Status\r\n- in-progress\r\n\r\n" +
        "## Current Goal\r\n- 担当者フィルタの仕様を固める。\r\n\r\n" +
        "## Completed\r\n- 大文字小文字を区別しない比較を実装した。\r\n  - 前後の空白も無視する。\r\n\r\n" +
        "## Decided\r\n- 未割り当ては `-` と書く。  \r\n\r\n" +
        "## Open Questions\r\n- 監査ログに時刻を残すか？\r\n\r\n" +
        "## Last Verify\r\n- `sh tests/run_all.sh` : 成功（手元で確認）\r\n\r\n" +
        "## Changed Files\r\n" +
        "- `src/filter.sh`（フィルタ本体）\r\n" +
        "- `src/common.sh`：`lower` を追加\r\n" +
        "- src/audit_log.sh （監査ログ）\r\n" +
        "- `tests/test_filter.sh`\r\n" +
        "- `docs/仕様.md` — 仕様メモ\r\n\r\n" +
        "## Resume Steps\r\n1. 計画を読む。\r\n2. Next Step に進む。\r\n\r\n" +
        "## メモ\r\n自由に書いた段落。ツールは触らない。\r\n\r\n" +
        "## Next Step\r\n- 監査ログのテストを書く。\r\n";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Test]
    public void A_completed_item_past_64_KB_is_refused_with_exit_2_and_nothing_written()
    {
        using var repo = TempRepo.Git();
        repo.WriteBytes("tasks/JP-001-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(JapaneseNote)]);
        repo.CommitAll("note");
        var log = new string('長', 23_000); // 69,000 bytes of UTF-8: a pasted log, not a note item

        var result = HarnessRunner.RunProcess(repo.Root, "note", "JP-001", "--completed", log);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            "harness: --completed: the text is 67 KB, past the 64 KB limit for one value; nothing written. Put long output in a file and name the file in the note");
        ReadWithBom(repo, "tasks/JP-001-progress.md").Should().Be(JapaneseNote);
    }

    [Test]
    public void A_note_that_would_grow_past_16_MB_is_refused_so_every_command_can_still_read_it()
    {
        using var repo = TempRepo.Git();
        var item = "- " + new string('済', 330) + "\r\n"; // about 1 KB a line
        var items = new StringBuilder();
        for (var size = Encoding.UTF8.GetByteCount(JapaneseNote); size < (16 * 1024 * 1024) - 40_000; size += Encoding.UTF8.GetByteCount(item))
        {
            items.Append(item);
        }
        var note = JapaneseNote.Replace("  - 前後の空白も無視する。\r\n", "  - 前後の空白も無視する。\r\n" + items);
        repo.WriteBytes("tasks/JP-001-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(note)]);
        repo.CommitAll("a long note");

        var result = HarnessRunner.RunProcess(repo.Root, "note", "JP-001", "--completed", new string('了', 20_000));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            "harness: tasks/JP-001-progress.md: would grow to 16 MB, past the 16 MB limit for an artifact; nothing written. Move finished items out of the note first");
        ReadWithBom(repo, "tasks/JP-001-progress.md").Should().Be(note);
    }

    [Test]
    public void Untouched_sections_stay_byte_for_byte_with_crlf_bom_and_japanese_prose()
    {
        using var repo = TempRepo.Git();
        repo.WriteBytes("tasks/JP-001-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(JapaneseNote)]);
        repo.CommitAll("note");

        var result = repo.Harness("note", "JP-001", "--status", "blocked", "--question", "ログに時刻を残すか？", "--next", "レビューを依頼する。");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("updated tasks/JP-001-progress.md (Status, Open Questions, Next Step)");
        var expected = JapaneseNote
            .Replace("## Status\r\n- in-progress", "## Status\r\n- blocked")
            .Replace("## Open Questions\r\n- none", "## Open Questions\r\n- ログに時刻を残すか？")
            .Replace("- 監査ログのテストを書く。\r\n- 二つ目の項目。", "- レビューを依頼する。");
        ReadWithBom(repo, "tasks/JP-001-progress.md").Should().Be(expected, "no front matter is added and Changed Files keeps its line");
    }

    [Test]
    public void A_hand_written_note_run_with_every_flag_keeps_every_line_adds_no_front_matter_and_appends_new_git_changes()
    {
        using var repo = TempRepo.Git();
        foreach (var path in new[] { "src/filter.sh", "src/common.sh", "src/audit_log.sh", "tests/test_filter.sh", "docs/仕様.md" })
        {
            repo.Write(path, "# 初版\n");
        }
        repo.WriteBytes("tasks/JP-002-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(HandWrittenNote)]);
        repo.CommitAll("ノートと実装");
        repo.Write("src/report.sh", "# 集計\n");
        repo.CommitAll("集計を追加");
        repo.Write("src/filter.sh", "# 初版\n# 修正\n");
        repo.Write("tests/test_report.sh", "# 集計のテスト\n");

        var result = repo.Harness("note", "JP-002", "--status", "blocked", "--goal", "監査ログを仕上げる。", "--completed", "集計を追加した。",
            "--decided", "時刻は UTC で書く。", "--question", "集計の単位は日か週か？", "--next", "レビューを依頼する。");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be(
            "updated tasks/JP-002-progress.md (Status, Current Goal, Completed, Decided, Open Questions, Changed Files, Next Step)\n");
        var text = ReadWithBom(repo, "tasks/JP-002-progress.md");
        KeptLines(HandWrittenNote, replaced: ["Status", "Current Goal", "Next Step"]).Should().HaveCount(24);
        ShouldKeepInOrder(text, KeptLines(HandWrittenNote, replaced: ["Status", "Current Goal", "Next Step"]));
        text.Should().StartWith("# JP-002 Progress Note\r\n", "a note without front matter gets none");
        text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "every added line ends with CRLF as the note's own do");
        text.Should().Be(HandWrittenNote
            .Replace("## Status\r\n- in-progress", "## Status\r\n- blocked")
            .Replace("- 担当者フィルタの仕様を固める。", "- 監査ログを仕上げる。")
            .Replace("  - 前後の空白も無視する。\r\n", "  - 前後の空白も無視する。\r\n- 集計を追加した。\r\n")
            .Replace("- 未割り当ては `-` と書く。  \r\n", "- 未割り当ては `-` と書く。  \r\n- 時刻は UTC で書く。\r\n")
            .Replace("- 監査ログに時刻を残すか？\r\n", "- 監査ログに時刻を残すか？\r\n- 集計の単位は日か週か？\r\n")
            .Replace("- `docs/仕様.md` — 仕様メモ\r\n", "- `docs/仕様.md` — 仕様メモ\r\n- `src/report.sh`\r\n- `tests/test_report.sh`\r\n")
            .Replace("- 監査ログのテストを書く。", "- レビューを依頼する。"));
    }

    [Test]
    public void Changed_files_keeps_every_hand_written_line_and_adds_only_paths_no_line_names()
    {
        using var repo = TempRepo.Git();
        const string note =
            "# JP-003 Progress Note\r\n\r\n## Current Goal\r\n- 監査ログ。\r\n\r\n## Last Verify\r\n- なし\r\n\r\n" +
            "## Changed Files\r\n- `src/a.sh`（フィルタ本体）\r\n- src/b.sh：補助関数\r\n  - `src/c.sh` も少し直した\r\n- `docs/`配下の説明を更新\r\n\r\n" +
            "以上が主な変更。\r\n\r\n## Next Step\r\n- 続ける。\r\n";
        repo.Write("src/old.sh", "# ノートと一緒にコミットした\n");
        repo.WriteBytes("tasks/JP-003-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(note)]);
        repo.CommitAll("note");
        foreach (var path in new[] { "src/a.sh", "src/b.sh", "src/c.sh", "docs/guide.md", "src/d.sh" })
        {
            repo.Write(path, "# 変更\n");
        }

        var result = repo.Harness("note", "JP-003");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("updated tasks/JP-003-progress.md (Changed Files)\n");
        ReadWithBom(repo, "tasks/JP-003-progress.md").Should().Be(
            note.Replace("- `docs/`配下の説明を更新\r\n", "- `docs/`配下の説明を更新\r\n- `src/d.sh`\r\n"),
            "a.sh (backticked, with prose), b.sh (bare), c.sh (nested) and docs/guide.md (under a named folder) are named already; " +
            "src/old.sh was committed with the note, so it is no change since the note");
    }

    [Test]
    public void A_lone_none_in_changed_files_stays_until_git_shows_a_change_and_then_gives_way()
    {
        using var repo = TempRepo.Git();
        const string note = "# JP-004 Progress Note\r\n\r\n## Current Goal\r\n- 整える。\r\n\r\n## Changed Files\r\n- なし\r\n\r\n## Next Step\r\n- 続ける。\r\n";
        repo.WriteBytes("tasks/JP-004-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(note)]);
        repo.CommitAll("note");
        var before = File.ReadAllBytes(repo.PathOf("tasks/JP-004-progress.md"));
        var modified = File.GetLastWriteTimeUtc(repo.PathOf("tasks/JP-004-progress.md"));

        var unchanged = repo.Harness("note", "JP-004");

        unchanged.ExitCode.Should().Be(0, unchanged.ToString());
        unchanged.Output.Should().Be("unchanged tasks/JP-004-progress.md (nothing new to add)\n");
        File.ReadAllBytes(repo.PathOf("tasks/JP-004-progress.md")).Should().Equal(before);
        File.GetLastWriteTimeUtc(repo.PathOf("tasks/JP-004-progress.md")).Should().Be(modified, "a note with nothing new is not rewritten");

        repo.Write("src/filter.sh", "# 新規\n");
        var updated = repo.Harness("note", "JP-004");

        updated.Output.Should().Be("updated tasks/JP-004-progress.md (Changed Files)\n");
        ReadWithBom(repo, "tasks/JP-004-progress.md").Should().Be(note.Replace("- なし", "- `src/filter.sh`"));
    }

    [Test]
    public void Changed_reset_replaces_the_section_with_what_git_shows_now()
    {
        using var repo = TempRepo.Git();
        const string note =
            "# JP-005 Progress Note\r\n\r\n## Current Goal\r\n- 整える。\r\n\r\n## Changed Files\r\n- `src/old.sh`（前の作業）\r\n- 手で書いたメモ\r\n\r\n" +
            "## Next Step\r\n- 続ける。\r\n";
        repo.WriteBytes("tasks/JP-005-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(note)]);
        repo.CommitAll("note");
        repo.Write("src/new.sh", "# 新規\n");

        var result = repo.Harness("note", "JP-005", "--changed-reset");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("updated tasks/JP-005-progress.md (Changed Files)\n");
        ReadWithBom(repo, "tasks/JP-005-progress.md").Should().Be(
            note.Replace("- `src/old.sh`（前の作業）\r\n- 手で書いたメモ", "- `src/new.sh`"));

        File.Delete(repo.PathOf("src/new.sh"));
        repo.Harness("note", "JP-005", "--changed-reset").ExitCode.Should().Be(0);
        ReadWithBom(repo, "tasks/JP-005-progress.md").Should().Contain("## Changed Files\r\n- none\r\n\r\n## Next Step");
    }

    [Test]
    public void Changed_reset_outside_git_is_refused_with_exit_2()
    {
        using var repo = TempRepo.Empty();
        const string note = "# JP-006 Progress Note\n\n## Changed Files\n- `src/a.sh`\n";
        repo.Write("tasks/JP-006-progress.md", note);

        var result = repo.Harness("note", "JP-006", "--changed-reset");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be("harness: --changed-reset lists what git shows, and there is no git repository here; nothing written\n");
        repo.Read("tasks/JP-006-progress.md").Should().Be(note);
    }

    [Test]
    public void Last_verify_keeps_hand_written_lines_adds_a_line_for_a_recorded_run_and_then_updates_only_that_line()
    {
        using var repo = TempRepo.Sample();
        const string note =
            "# FEATURE-001 Progress Note\r\n\r\n## Status\r\n- in-progress\r\n\r\n## Current Goal\r\n- タイトルの前後の空白を取る。\r\n\r\n" +
            "## Last Verify\r\n- `sh tests/test_tickets.sh` : 成功（手元で確認）\r\n" +
            "- `sh tests/test_tickets.sh` : pass (brief, 0000000, 2020-01-01 00:00Z) 昔の記録、手で写した\r\n\r\n" +
            "## Next Step\r\n- 空白だけのタイトルを試す。\r\n";
        repo.WriteBytes("tasks/FEATURE-001-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(note)]);
        repo.CommitAll("note");
        repo.Harness("verify", "FEATURE-001").ExitCode.Should().Be(0);

        var first = repo.Harness("note", "FEATURE-001");

        first.Output.Should().Be("updated tasks/FEATURE-001-progress.md (Last Verify)\n");
        var afterFirst = ReadWithBom(repo, "tasks/FEATURE-001-progress.md");
        var added = Regex.Match(afterFirst, @"\r\n(- `sh tests/test_tickets.sh` : pass \(brief, [0-9a-f]{7}, [0-9-]{10} [0-9:]{5}Z\))\r\n\r\n## Next Step").Groups[1].Value;
        added.Should().NotBeEmpty(afterFirst);
        afterFirst.Should().Be(note.Replace("手で写した\r\n", "手で写した\r\n" + added + "\r\n"));

        repo.Write("README.md", "# 変更\n");
        repo.RunGit("commit", "-q", "-m", "README only; the note stays modified", "--", "README.md");
        var head = repo.RunGit("rev-parse", "HEAD").Trim();
        repo.Harness("verify", "FEATURE-001").ExitCode.Should().Be(0);
        var second = repo.Harness("note", "FEATURE-001");

        second.Output.Should().Be("updated tasks/FEATURE-001-progress.md (Last Verify, Changed Files)\n");
        var afterSecond = ReadWithBom(repo, "tasks/FEATURE-001-progress.md");
        var updated = Regex.Match(afterSecond, $@"- `sh tests/test_tickets.sh` : pass \(brief, {head[..7]}, [^)]+\)").Value;
        updated.Should().NotBeEmpty(afterSecond);
        afterSecond.Should().Be(note
            .Replace("手で写した\r\n", "手で写した\r\n" + updated + "\r\n")
            .Replace("- 空白だけのタイトルを試す。\r\n", "- 空白だけのタイトルを試す。\r\n\r\n## Changed Files\r\n- `README.md`\r\n"),
            "the line harness wrote is brought up to the newest run in place; the author's lines, even one that looks like harness's, stay; " +
            "README.md changed after the note's last commit");
    }

    [Test]
    public void Last_verify_and_changed_files_gain_what_evidence_and_git_newly_show()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        repo.Edit("src/support_hub/audit_log.sh", "#", "# edited\n#");
        repo.Write("tests/test_refusal.sh", "# new\n");

        var result = repo.Harness("note", "FEATURE-002", "--completed", "Track B refuses a no-op change.", "--decided", "Keep sequence numbers.");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("updated tasks/FEATURE-002-progress.md (Completed, Decided, Last Verify, Changed Files)\n");
        var note = repo.Read("tasks/FEATURE-002-progress.md");
        note.Should().MatchRegex(
            @"## Last Verify\n- `sh tests/test_assignee_filter.sh` : pass\n- `sh tests/test_audit_log.sh` : pass\n" +
            @"- `sh tests/test_assignee_filter.sh` : pass \(Track A, [0-9a-f]{7}, [^)]+\)\n\n## Changed Files");
        note.Should().Contain("## Changed Files\n- `src/support_hub/audit_log.sh`\n- `tests/test_audit_log.sh`\n- `tests/test_refusal.sh`\n\n");
        note.Should().Contain("- Track B: changes are appended with a sequence number.\n- Track B refuses a no-op change.\n\n## Decided");
        note.Should().Contain("through `lower` in `common.sh`.\n- Keep sequence numbers.\n\n## Open Questions");
        note.Should().Contain("## Next Step\n- Add a test that a refused change leaves the log unchanged, then mark Track B done.\n");
        note.Should().StartWith("# FEATURE-002 Progress Note\n");
        repo.Harness("status", "FEATURE-002").ExitCode.Should().Be(0);
    }

    [Test]
    public void Completed_decided_and_open_questions_are_added_after_the_last_item_and_prose_is_never_replaced()
    {
        using var repo = TempRepo.Git();
        const string note =
            "# JP-007 Progress Note\r\n\r\n## Current Goal\r\n- 整える。\r\n\r\n" +
            "## Completed\r\n- 一つ目。\r\n  - 補足の子項目。\r\n\r\nこの節の後書き（手で書いた）。\r\n\r\n" +
            "## Decided\r\n特になし。詳細は来週決める。\r\n\r\n" +
            "## Open Questions\r\n- なし\r\n\r\n" +
            "## Next Step\r\n- 続ける。\r\n\r\n### 補足\r\n- 次の人へのメモ。\r\n";
        repo.WriteBytes("tasks/JP-007-progress.md", [.. Bom, .. Encoding.UTF8.GetBytes(note)]);
        repo.CommitAll("note");

        var result = repo.Harness("note", "JP-007", "--completed", "二つ目。", "--decided", "UTC で書く。", "--question", "週次か？", "--next", "レビューへ。");

        result.Output.Should().Be("updated tasks/JP-007-progress.md (Completed, Decided, Open Questions, Next Step)\n");
        ReadWithBom(repo, "tasks/JP-007-progress.md").Should().Be(note
            .Replace("  - 補足の子項目。\r\n", "  - 補足の子項目。\r\n- 二つ目。\r\n")
            .Replace("特になし。詳細は来週決める。\r\n", "特になし。詳細は来週決める。\r\n- UTC で書く。\r\n")
            .Replace("## Open Questions\r\n- なし", "## Open Questions\r\n- 週次か？")
            .Replace("- 続ける。\r\n\r\n### 補足", "- レビューへ。\r\n\r\n### 補足"),
            "items go after the last item, prose stays, a lone なし gives way, and Next Step's subsection is not its body");
    }

    [Test]
    public void Lines_added_to_the_last_section_stay_in_it_when_missing_sections_are_added_after_it()
    {
        using var repo = TempRepo.Git();
        const string note = "# JP-010 Progress Note\n\n## Current Goal\n- 整える。\n\n## Changed Files\n- `src/a.sh`（本体）";
        repo.Write("tasks/JP-010-progress.md", note);
        repo.CommitAll("note");
        repo.Write("src/b.sh", "# 新規\n");

        var result = repo.Harness("note", "JP-010", "--decided", "UTC で書く。", "--next", "続ける。");

        result.Output.Should().Be("updated tasks/JP-010-progress.md (Decided, Changed Files, Next Step)\n");
        repo.Read("tasks/JP-010-progress.md").Should().Be(
            note + "\n- `src/b.sh`\n\n## Decided\n- UTC で書く。\n\n## Next Step\n- 続ける。\n",
            "a note that ends without a line break keeps its last section's new line inside that section");
    }

    [Test]
    public void Only_sections_that_really_changed_are_named()
    {
        using var repo = TempRepo.Git();
        const string note = "# JP-008 Progress Note\n\n## Status\n- blocked\n\n## Current Goal\n- 整える。\n\n## Next Step\n- 続ける。\n";
        repo.Write("tasks/JP-008-progress.md", note);
        repo.CommitAll("note");

        var result = repo.Harness("note", "JP-008", "--status", "blocked", "--goal", "整える。", "--next", "次へ。");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("updated tasks/JP-008-progress.md (Next Step)\n");
        repo.Read("tasks/JP-008-progress.md").Should().Be(note.Replace("- 続ける。", "- 次へ。"));
    }

    [Test]
    public void A_note_with_front_matter_keeps_it_up_to_date_in_place()
    {
        using var repo = TempRepo.Git();
        const string note =
            "---\r\ntrack: A\r\nupdated: 2020-01-01\r\nowner: coder-a\r\n---\r\n# JP-009 Progress Note\r\n\r\n## Current Goal\r\n- 整える。\r\n\r\n## Next Step\r\n- 続ける。\r\n";
        repo.Write("tasks/JP-009-progress.md", note);
        var head = repo.CommitAll("note");

        var result = repo.Harness("note", "JP-009");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("updated tasks/JP-009-progress.md (front matter only)\n");
        var text = Regex.Replace(repo.Read("tasks/JP-009-progress.md"), @"updated: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "updated: T");
        text.Should().Be(note.Replace("updated: 2020-01-01", "updated: T").Replace("owner: coder-a\r\n", $"owner: coder-a\r\ncommit: {head}\r\n"));
    }

    [Test]
    public void A_missing_note_is_created_from_the_template_with_one_next_step_and_no_front_matter()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf("tasks/FEATURE-002-progress.md"));

        var result = repo.Harness("note", "FEATURE-002", "--goal", "Finish Track B.", "--next", "Write the refusal test.");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("created tasks/FEATURE-002-progress.md");
        var note = repo.Read("tasks/FEATURE-002-progress.md");
        note.Should().StartWith("# FEATURE-002 Progress Note\n").And.Contain("## Current Goal\n- Finish Track B.\n");
        Regex.Match(note, @"## Next Step\n((?:- .*\n)+)").Groups[1].Value.Should().Be("- Write the refusal test.\n");
    }

    [TestCase("finished")]
    [TestCase("verified")]
    [TestCase("ready-for-coder-b")]
    [TestCase("完了")]
    public void An_unknown_status_is_refused_with_exit_2_and_the_known_ones(string status)
    {
        using var repo = TempRepo.Sample();
        var before = repo.Read("tasks/FEATURE-002-progress.md");

        var result = repo.Harness("note", "FEATURE-002", "--status", status, "--next", "Anything.");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be(
            $"harness: --status '{status}' is not a Progress Note status; use one of: in-progress, blocked, ready-for-handoff, done, needs-human-approval\n");
        repo.Read("tasks/FEATURE-002-progress.md").Should().Be(before);
    }

    [TestCase("done")]
    [TestCase("needs-human-approval")]
    [TestCase("ready-for-handoff")]
    [TestCase("blocked (レビュー待ち)")]
    [TestCase("In Progress")]
    public void A_known_status_replaces_the_status_as_given(string status)
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("note", "FEATURE-002", "--status", status);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be("updated tasks/FEATURE-002-progress.md (Status)\n");
        repo.Read("tasks/FEATURE-002-progress.md").Should().Contain($"## Status\n- {status}\n\n## Current Goal");
    }

    [Test]
    public void A_value_starting_with_an_at_sign_is_text_not_a_response_file()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("note", "FEATURE-002", "--decided", "@alice approved the log format");

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Read("tasks/FEATURE-002-progress.md").Should().Contain("- @alice approved the log format\n");
    }

    [Test]
    public void A_second_writer_holding_the_lock_is_refused_with_exit_2_and_nothing_changes()
    {
        using var repo = TempRepo.Sample();
        var before = repo.Read("tasks/FEATURE-002-progress.md");
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        repo.Write("tasks/FEATURE-002-progress.md.lock", $"pid {self.Id}\nstarted {self.StartTime.ToUniversalTime().Ticks}\n");

        var result = repo.Harness("note", "FEATURE-002", "--next", "Anything.");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"harness (process {self.Id}) is updating it");
        repo.Read("tasks/FEATURE-002-progress.md").Should().Be(before);
    }

    [Test]
    public void A_lock_left_by_a_process_that_is_gone_is_taken_over_with_a_notice()
    {
        using var repo = TempRepo.Sample();
        using var gone = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        repo.Write("tasks/FEATURE-002-progress.md.lock", $"pid {gone.Id}\nstarted 638000000000000000\n");

        var result = HarnessRunner.RunProcess(repo.Root, "note", "FEATURE-002", "--next", "Anything.");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain($"took over the lock of tasks/FEATURE-002-progress.md left by process {gone.Id}, which is gone");
        repo.Exists("tasks/FEATURE-002-progress.md.lock").Should().BeFalse();
        repo.Read("tasks/FEATURE-002-progress.md").Should().Contain("- Anything.");
    }

    [Test]
    public void A_note_stopped_by_sigterm_never_blocks_the_next_one()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("POSIX signals");
            return;
        }
        using var repo = TempRepo.Sample();
        var random = new Random(7);
        // The native binary does a note in tens of milliseconds: signals from 2 ms on land before, in and after the
        // lock (an empty lock left by a kill between its creation and its owner once refused the next writer).
        for (var run = 0; run < 20; run++)
        {
            var info = HarnessRunner.ProcessInfo(repo.Root, "note", "FEATURE-002", "--next", $"Step {run}.");
            using var process = System.Diagnostics.Process.Start(info)!;
            Thread.Sleep(random.Next(2, 120));
            using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }
            process.WaitForExit();

            var next = repo.Harness("note", "FEATURE-002", "--next", $"After {run}.");

            next.ExitCode.Should().Be(0, next.ToString());
            repo.Exists("tasks/FEATURE-002-progress.md.lock").Should().BeFalse();
        }
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

    /// <summary>The file's text after its BOM, which must be there.</summary>
    private static string ReadWithBom(TempRepo repo, string path)
    {
        var bytes = File.ReadAllBytes(repo.PathOf(path));
        bytes.Take(3).Should().Equal(Bom);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>Every non-blank line of the note with its CRLF, but the bodies of the sections a flag replaces.</summary>
    private static List<string> KeptLines(string note, IReadOnlyCollection<string> replaced)
    {
        var kept = new List<string>();
        var inReplaced = false;
        foreach (var line in note.Split("\r\n")[..^1])
        {
            if (line.StartsWith('#'))
            {
                inReplaced = replaced.Contains(line.TrimStart('#').Trim());
            }
            else if (inReplaced || line.Length == 0)
            {
                continue;
            }
            kept.Add(line + "\r\n");
        }
        return kept;
    }

    private static void ShouldKeepInOrder(string text, IEnumerable<string> lines)
    {
        var at = 0;
        foreach (var line in lines)
        {
            var found = text.IndexOf(line, at, StringComparison.Ordinal);
            found.Should().BeGreaterThanOrEqualTo(0, $"the line \"{line.TrimEnd()}\" is kept byte for byte, in its place, in:\n{text}");
            at = found + line.Length;
        }
    }
}
