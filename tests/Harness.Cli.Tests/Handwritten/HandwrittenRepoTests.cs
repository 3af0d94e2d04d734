using System.Text;
using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Handwritten;

/// <summary>
/// Every command on handwritten-repo: artifacts written by hand by people who never saw harness, in the book's
/// shape with Japanese prose (one-liner, bold and nested fields, a table of tracks, CRLF and BOM, translated and
/// Japanese headings, a merge order in prose). What a user sees must match what the author wrote.
/// </summary>
public sealed class HandwrittenRepoTests
{
    private const string NotePath = "tasks/FEATURE-002-progress.md";

    [Test]
    public void Lint_finds_no_error_and_no_warning_in_the_untouched_files()
    {
        using var repo = TempRepo.Handwritten();

        var result = repo.Harness("lint", "--severity-threshold", "warning");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().NotMatchRegex(@"\): (error|warning) ");
    }

    [Test]
    public void Status_reads_one_liner_bold_nested_and_table_tracks_alike()
    {
        using var repo = TempRepo.Handwritten();

        var feature = Json(repo.Harness("status", "FEATURE-002", "--format", "json"));
        var table = Json(repo.Harness("status", "FEATURE-003", "--format", "json"));

        Tracks(feature).Should().Equal(
            "A|in-progress|coder-a|", "B|in-progress|coder-b|", "C|ready-after-a-and-b|reviewer / verifier|A,B");
        Tracks(table).Should().Equal(
            "A|ready-for-coder-c|coder-c|", "B|ready-for-coder-d|coder-d|", "C|ready-after-a-and-b|reviewer-x|A,B");
    }

    [Test]
    public void Guard_names_the_owner_of_a_bold_labelled_track()
    {
        using var repo = TempRepo.Handwritten();

        var result = repo.Harness("guard", "FEATURE-002", "--track", "A", "--files", "src/desk/audit.sh");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("owned by Track B (coder-b)");
    }

    [Test]
    public void Order_reads_the_prose_steps_planner_then_a_and_b_side_by_side_then_c()
    {
        using var repo = TempRepo.Handwritten();

        var order = Json(repo.Harness("order", "FEATURE-002", "--format", "json"));

        TrackSteps(order).Should().Equal("A,B", "C");
        repo.Harness("order", "FEATURE-002", "--check", "B").ExitCode.Should().Be(0, "A works beside B, not before it");
        var c = repo.Harness("order", "FEATURE-002", "--check", "C");
        c.ExitCode.Should().Be(1, c.ToString());
        c.Output.Should().Contain("Track A").And.Contain("Track B");

        var table = Json(repo.Harness("order", "FEATURE-003", "--format", "json"));
        TrackSteps(table).Should().Equal("A,B", "C");
    }

    [Test]
    public void Assess_and_order_agree_on_the_tracks_that_run_side_by_side()
    {
        using var repo = TempRepo.Handwritten();
        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        repo.Harness("verify", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);

        var result = repo.Harness("assess", "FEATURE-002", "--format", "json");

        var assessment = Json(result);
        assessment.GetProperty("verdict").GetString().Should().Be("multi-agent", result.ToString());
        assessment.GetProperty("parallel").EnumerateArray().Select(t => t.GetString()).Should().Equal("A", "B");
        TrackSteps(Json(repo.Harness("order", "FEATURE-002", "--format", "json")))[0].Should().Be("A,B");
    }

    [Test]
    public void Note_with_every_flag_keeps_every_line_the_author_wrote_and_adds_no_front_matter()
    {
        using var repo = TempRepo.Handwritten();
        var original = File.ReadAllBytes(repo.PathOf(NotePath));
        repo.Edit("docs/desk.md", "## 監査ログ", "## 監査ログ（連番）");

        var result = repo.Harness("note", "FEATURE-002", "--status", "in-progress", "--goal", "Track B を閉じる。",
            "--completed", "拒否のテストを書いた。", "--decided", "時刻は残さない。", "--question", "ログの保存期間は？",
            "--next", "Track B の handoff を書く。");

        result.ExitCode.Should().Be(0, result.ToString());
        var bytes = File.ReadAllBytes(repo.PathOf(NotePath));
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().StartWith("# FEATURE-002 Progress Note\r\n", "a note without front matter gets none");
        text.Replace("\r\n", "").Should().NotContain("\n", "every added line ends as the file's lines do");
        var replaced = new[] { "- in-progress", "- Track B：同じ担当者への変更を拒否する。", "- 拒否された変更でログが変わらないことのテストを書き、Track B を done にする。" };
        var kept = Encoding.UTF8.GetString(original, 3, original.Length - 3).Split("\r\n").Where(l => !replaced.Contains(l));
        var lines = text.Split("\r\n");
        foreach (var line in kept)
        {
            lines.Should().Contain(line);
        }
        text.Should().Contain("- `src/desk/audit.sh`\r\n- `tests/test_filter.sh`\r\n- `tests/test_audit.sh`\r\n- `docs/desk.md`\r\n");
        text.Should().Contain("## 未解決の問い\r\n- 監査ログに変更時刻も残すか、連番だけで足りるか。\r\n- ログの保存期間は？\r\n");
        text.Should().Contain("## Next Step（次の 1 手）\r\n- Track B の handoff を書く。\r\n");
    }

    [Test]
    public void Restart_quotes_the_hand_written_note_without_a_stray_carriage_return()
    {
        using var repo = TempRepo.Handwritten();

        var markdown = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");
        var json = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete", "--format", "json");

        markdown.ExitCode.Should().Be(0, markdown.ToString());
        markdown.Output.Should().Contain("拒否された変更でログが変わらないことのテストを書き、Track B を done にする。")
            .And.Contain("監査ログに変更時刻も残すか、連番だけで足りるか。")
            .And.Contain("coder-b")
            .And.NotContain("\r");
        json.ExitCode.Should().Be(0, json.ToString());
        json.Output.Should().NotContain("\\r").And.NotContain("\r");
        JsonDocument.Parse(json.Output);
    }

    [Test]
    public void The_single_agent_bug_verifies_with_the_command_its_brief_states_and_restarts()
    {
        using var repo = TempRepo.Handwritten();

        var verify = repo.Harness("verify", "BUG-001");
        var restart = repo.Harness("restart", "BUG-001");

        verify.ExitCode.Should().Be(0, verify.ToString());
        verify.Output.Should().Contain("LC_ALL=C sh tests/test_tickets.sh");
        restart.ExitCode.Should().Be(0, restart.ToString());
        restart.Output.Should().Contain("空行だけのファイルでも同じになることを確かめる。");
    }

    [Test]
    public void Init_new_and_handoff_leave_every_hand_written_file_as_it_was()
    {
        using var repo = TempRepo.Handwritten();
        var before = Snapshot(repo);

        repo.Harness("init").ExitCode.Should().Be(0);
        repo.Harness("new", "FEATURE-004", "--title", "検索を速くする", "--track", "A:coder-e").ExitCode.Should().Be(0);
        var handoff = repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b");

        handoff.ExitCode.Should().Be(0, handoff.ToString());
        foreach (var (path, bytes) in before)
        {
            File.ReadAllBytes(repo.PathOf(path)).Should().Equal(bytes, $"{path} was written by hand");
        }
        repo.Exists("docs/harness/feature-list-FEATURE-004.md").Should().BeTrue();
        repo.Harness("lint").ExitCode.Should().Be(0);
    }

    [Test]
    public void Archive_moves_the_hand_written_files_byte_for_byte_and_status_all_marks_the_task_archived()
    {
        using var repo = TempRepo.Handwritten();
        var before = Snapshot(repo);
        string[] moved = ["tasks/FEATURE-003-plan.md", "docs/harness/feature-list-FEATURE-003.md"];

        var archive = repo.Harness("archive", "FEATURE-003", "--force");

        archive.ExitCode.Should().Be(0, archive.ToString());
        foreach (var path in moved)
        {
            var archived = $"tasks/archive/FEATURE-003/{Path.GetFileName(path)}";
            File.ReadAllBytes(repo.PathOf(archived)).Should().Equal(before[path], $"{path} was written by hand");
            repo.RunGit("status", "--porcelain").Should().Contain($"R  {path} -> {archived}");
        }
        repo.Harness("lint").ExitCode.Should().Be(0);
        repo.Harness("status", "--all").Output.Should().Contain("FEATURE-003 (archived: tasks/archive/FEATURE-003/)")
            .And.Contain("FEATURE-002").And.Contain("BUG-001");
        repo.Harness("restart", "FEATURE-003").Error.Should().StartWith("harness: FEATURE-003 is archived in tasks/archive/FEATURE-003/");
    }

    [Test]
    public void The_sub_task_in_a_table_column_shows_in_status_order_and_restart_and_its_own_task_works_alone()
    {
        using var repo = TempRepo.Handwritten();

        var status = Json(repo.Harness("status", "FEATURE-003", "--format", "json"));
        var order = repo.Harness("order", "FEATURE-003");
        var restart = repo.Harness("restart", "FEATURE-003", "--track", "C", "--allow-incomplete");

        var sub = status.GetProperty("tracks")[2].GetProperty("subTask");
        sub.GetProperty("id").GetString().Should().Be("FEATURE-005", "the cell reads 'FEATURE-005（書き出し形式の説明は別 task で書く）'");
        sub.GetProperty("status").GetString().Should().Be("ready-after-a-and-b", "nothing of the sub-task has started: the status as written");
        sub.GetProperty("total").GetInt32().Should().Be(2);
        order.Output.Should().Contain("   Track C → FEATURE-005 merge order:\n").And.Contain("   2. coder: Track A (coder-e, ready-for-coder-e)\n");
        restart.Output.Should().Contain(
            "This track hands its work to the sub-task FEATURE-005 (`` Sub-task: FEATURE-005（書き出し形式の説明は別 task で書く） ``, " +
            "docs/harness/feature-list-FEATURE-003.md:11): restart that task instead, `harness restart FEATURE-005`");
        Tracks(Json(repo.Harness("status", "FEATURE-005", "--format", "json"))).Should().Equal(
            "A|ready-for-coder-e|coder-e|", "B|ready-after-a|coder-e|A");
        repo.Harness("order", "FEATURE-005").ExitCode.Should().Be(0);
        repo.Harness("assess", "FEATURE-005").ExitCode.Should().NotBe(2);
        repo.Harness("restart", "FEATURE-005", "--track", "A", "--allow-incomplete").ExitCode.Should().Be(0);
    }

    private static Dictionary<string, byte[]> Snapshot(TempRepo repo) =>
        Directory.EnumerateFiles(repo.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(repo.Root, f), File.ReadAllBytes);

    private static JsonElement Json(CliResult result)
    {
        result.ExitCode.Should().BeOneOf([0, 1], result.ToString());
        return JsonDocument.Parse(result.Output).RootElement;
    }

    private static List<string> Tracks(JsonElement status) =>
        status.GetProperty("tracks").EnumerateArray().Select(t =>
            $"{t.GetProperty("id").GetString()}|{t.GetProperty("status").GetString()}|{t.GetProperty("owner").GetString()}|" +
            string.Join(',', t.GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()))).ToList();

    /// <summary>The tracks of each step that merges any, "A,B" for two side by side.</summary>
    private static List<string> TrackSteps(JsonElement order) =>
        order.GetProperty("steps").EnumerateArray()
            .Select(s => string.Join(',', s.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("id").GetString())))
            .Where(s => s.Length > 0)
            .ToList();
}
