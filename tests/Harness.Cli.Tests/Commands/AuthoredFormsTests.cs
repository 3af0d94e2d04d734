using System.Text;
using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// Fields, headings and tables as people write them by hand (docs/format.md, "Fields, headings and tables as
/// authors write them"): every command reads each form as it reads the canonical one.
/// </summary>
public sealed class AuthoredFormsTests
{
    private const string List = FeatureListText.ListPath;
    private const string Note = FeatureListText.NotePath;
    private const string TaskId = FeatureListText.TaskId;

    /// <summary>Track B as the builder writes it, without its owner; each test writes the owner its own way.</summary>
    private const string TrackBStatus = "### Track B: Work B\n- Status\n  - ready-for-coder-b\n";

    [TestCase("- Owner: coder-b\n", TestName = "Owner_as_a_one_liner")]
    [TestCase("- **Owner**: coder-b\n", TestName = "Owner_in_bold_before_the_colon")]
    [TestCase("- **Owner:** coder-b\n", TestName = "Owner_in_bold_with_the_colon_inside")]
    [TestCase("- **Owner**\n  - coder-b\n", TestName = "Owner_in_bold_with_a_nested_value")]
    [TestCase("- Owner\n  - coder-b\n", TestName = "Owner_with_a_nested_value")]
    [TestCase("- __Owner__: coder-b\n", TestName = "Owner_in_underscore_bold")]
    [TestCase("- *Owner*: coder-b\n", TestName = "Owner_in_italics")]
    [TestCase("- Owner：coder-b\n", TestName = "Owner_with_a_full_width_colon")]
    [TestCase("- `Owner`: coder-b\n", TestName = "Owner_in_backticks")]
    [TestCase("- Owner（担当）: coder-b\n", TestName = "Owner_with_a_translation")]
    public void Lint_status_and_guard_read_one_owner_however_the_label_is_written(string ownerLines)
    {
        using var repo = RepoWithTrackBOwner(ownerLines);

        var (lint, findings) = LintRun.Json(repo);
        var status = repo.Harness("status", TaskId, "--format", "json");
        var guard = repo.Harness("guard", TaskId, "--track", "B", "--files", "src/b.sh");

        lint.ExitCode.Should().Be(0, lint.ToString());
        findings.Where(f => f.Severity != "info").Should().BeEmpty(string.Join('\n', findings));
        status.ExitCode.Should().Be(0, status.ToString());
        Tracks(status)[1].GetProperty("owner").GetString().Should().Be("coder-b");
        guard.ExitCode.Should().Be(0, guard.ToString());
        guard.Output.Should().Contain($"guard {TaskId} Track B (coder-b):");
    }

    [Test]
    public void An_owner_label_harness_does_not_read_is_no_owner_for_guard_either_though_the_plan_names_one()
    {
        using var repo = RepoWithTrackBOwner("- Owners: coder-b\n");
        repo.Edit(FeatureListText.PlanPath, "| B |  |", "| B | coder-b |");

        var (_, findings) = LintRun.Json(repo);
        var status = repo.Harness("status", TaskId, "--format", "json");
        var guard = repo.Harness("guard", TaskId, "--track", "B", "--files", "src/b.sh");

        LintAssert.Single(findings, "HRN012", List, LintRun.LineOf(repo, List, "- Owners: coder-b")).Message.Should().Contain("did you mean '- Owner'?");
        Tracks(status)[1].GetProperty("owner").ValueKind.Should().Be(JsonValueKind.Null);
        guard.Output.Should().Contain($"guard {TaskId} Track B (no owner):");
    }

    [Test]
    public void A_label_in_another_language_reads_through_the_headings_map_and_without_it_the_finding_shows_the_line_to_add()
    {
        using var repo = RepoWithTrackBOwner("- 担当: coder-b\n");
        repo.Edit(Note, "## Open Questions\n", "## 未解決の問い\n");

        var (_, unmapped) = LintRun.Json(repo);

        var owner = LintAssert.Single(unmapped, "HRN012", List, LintRun.LineOf(repo, List, "- 担当: coder-b"));
        owner.Message.Should().Contain("'- 担当' has no English words harness reads")
            .And.Contain("map it under headings: in harness.yml, as 'headings:' then '  担当: Owner'");
        var question = unmapped.Single(f => f.RuleId == "HRN006" && f.File == Note);
        question.Line.Should().Be(LintRun.LineOf(repo, Note, "## 未解決の問い"));
        question.Message.Should().Contain("'  未解決の問い: Open Questions'");

        repo.Write("harness.yml", "version: 1\n# チームの見出しと項目名\nheadings:\n  担当: Owner\n  未解決の問い: Open Questions\n");
        var (lint, mapped) = LintRun.Json(repo);
        var status = repo.Harness("status", TaskId, "--format", "json");
        var guard = repo.Harness("guard", TaskId, "--track", "B", "--files", "src/b.sh");

        lint.ExitCode.Should().Be(0, lint.ToString());
        mapped.Where(f => f.Severity != "info" || f.File == Note && f.RuleId == "HRN006").Should().BeEmpty(string.Join('\n', mapped));
        Tracks(status)[1].GetProperty("owner").GetString().Should().Be("coder-b");
        guard.Output.Should().Contain($"guard {TaskId} Track B (coder-b):");
    }

    [Test]
    public void Headings_with_a_translation_read_as_their_english_words()
    {
        using var repo = LintRun.Repo(Canonical(), git: true);
        repo.Write(Note, $"# {TaskId} Progress Note\n\n## Status\n- in-progress\n\n## Current Goal / 現在の目標\n- 担当分を閉じる。\n\n" +
            "## Completed（完了）\n- なし\n\n## Decided (決めたこと)\n- なし\n\n## Open Questions（未解決の問い）\n- なし\n\n" +
            "## Last Verify（最後の verify）\n- none\n\n## Changed Files\n- none\n\n## Resume Steps\n1. plan を読む。\n\n" +
            "## Next Step（次の 1 手）\n- Track B の監査ログを書く。\n");
        repo.Edit(List, "### Track A: Work A\n", "### Track A: 作業 A（担当: coder-a）\n");
        repo.Write("docs/harness/restart-protocol.md", "# Restart Protocol\n\n## Restart Packet (Canonical Inputs)\n- plan と feature list。\n\n" +
            "## Restart Steps（再開の手順）\n1. plan を読む。\n\n## Stop Conditions / 停止条件\n- Progress Note がない。\n");

        var (lint, findings) = LintRun.Json(repo);
        var status = repo.Harness("status", TaskId, "--format", "json");

        lint.ExitCode.Should().Be(0, lint.ToString());
        findings.Where(f => f.Severity != "info" || f.RuleId == "HRN006" && f.File == Note).Should().BeEmpty(string.Join('\n', findings));
        Tracks(status).Select(t => t.GetProperty("id").GetString()).Should().Equal("A", "B");
        JsonDocument.Parse(status.Output).RootElement.GetProperty("note").GetProperty("nextStep").GetString()
            .Should().Be("Track B の監査ログを書く。");
    }

    [Test]
    public void Note_edits_a_mapped_heading_in_place_instead_of_adding_the_english_one()
    {
        using var repo = LintRun.Repo(Canonical(), git: true);
        repo.Edit(Note, "## Next Step\n- Do the next thing.\n", "## 次の一手\n- 監査ログの表を作る。\n");
        repo.Write("harness.yml", "version: 1\nheadings:\n  次の一手: Next Step\n");
        repo.CommitAll("note in Japanese");

        var result = repo.Harness("note", TaskId, "--next", "Track B のテストを書く。");

        result.ExitCode.Should().Be(0, result.ToString());
        var note = repo.Read(Note);
        note.Should().Contain("## 次の一手\n- Track B のテストを書く。\n").And.NotContain("## Next Step").And.NotContain("監査ログの表");
        var status = JsonDocument.Parse(repo.Harness("status", TaskId, "--format", "json").Output).RootElement;
        status.GetProperty("note").GetProperty("nextStep").GetString().Should().Be("Track B のテストを書く。");
    }

    [Test]
    public void Tracks_written_as_a_table_are_the_tracks_every_command_reads_from_headings()
    {
        using var headings = LintRun.Repo(Canonical(), git: true);
        using var table = LintRun.Repo(Canonical(), git: true);
        table.Write(List, TableList());
        headings.CommitAll("tracks as headings");
        table.CommitAll("tracks as a table");

        var (lint, findings) = LintRun.Json(table);
        lint.ExitCode.Should().Be(0, lint.ToString());
        findings.Where(f => f.Severity != "info").Should().BeEmpty(string.Join('\n', findings));

        Projection(Tracks(table.Harness("status", TaskId, "--format", "json")))
            .Should().Equal(Projection(Tracks(headings.Harness("status", TaskId, "--format", "json"))));
        table.Harness("order", TaskId, "--format", "json").Output.Should().Be(headings.Harness("order", TaskId, "--format", "json").Output);
        Assessment(table).Should().Equal(Assessment(headings));
        RestartAgent(table).Should().Be(RestartAgent(headings));
        var quote = Restart(table).GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Track B");
        quote.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(table, List, "| Track B"));
        quote.GetProperty("content").GetString().Should().Be(
            "| Track | Status | Owner | Owned Files | Verify Signal | Dependencies |\n|---|---|---|---|---|---|\n" +
            "| Track B | ready-for-coder-b | coder-b | `src/b.sh`, `tests/b.sh` | `sh tests/run.sh` が通る | A |");

        table.Write("src/a.sh", "# B が A のファイルを変えた\n");
        var guard = table.Harness("guard", TaskId, "--track", "B");
        guard.ExitCode.Should().Be(1, guard.ToString());
        guard.Output.Should().Contain("src/a.sh (untracked) is owned by Track A (coder-a), not Track B");
    }

    [Test]
    public void A_value_in_a_tracks_table_keeps_the_line_and_column_of_its_cell()
    {
        using var repo = LintRun.Repo(Canonical());
        repo.Write(List, TableList().Replace("| Track B | ready-for-coder-b |", "| Track B | someday |", StringComparison.Ordinal)
            .Replace("| A |\n", "| Track Z |\n", StringComparison.Ordinal));

        var (_, findings) = LintRun.Json(repo);

        var row = LintRun.LineOf(repo, List, "| Track B");
        var status = LintAssert.Single(findings, "HRN008", List, row);
        status.Column.Should().Be(repo.Read(List).Split('\n')[row - 1].IndexOf("someday", StringComparison.Ordinal) + 1);
        var dependency = LintAssert.Single(findings, "HRN009", List, row);
        dependency.Column.Should().Be(repo.Read(List).Split('\n')[row - 1].IndexOf("Track Z", StringComparison.Ordinal) + 1);
    }

    [Test]
    public void A_table_row_missing_a_value_or_a_column_says_which_cell_to_fill()
    {
        using var repo = LintRun.Repo(Canonical());
        repo.Write(List, TableList()
            .Replace("| Dependencies |", "| Depends On |", StringComparison.Ordinal)
            .Replace("| Track B | ready-for-coder-b | coder-b |", "| Track B | ready-for-coder-b |  |", StringComparison.Ordinal));

        var (_, findings) = LintRun.Json(repo);

        var header = LintRun.LineOf(repo, List, "| Track | Status");
        var dependencies = findings.Where(f => f.RuleId == "HRN005").ToList();
        dependencies.Should().HaveCount(2, string.Join('\n', findings));
        dependencies.Should().AllSatisfy(f => f.Message.Should().Contain("the column 'Depends On' here is no column harness reads: did you mean the column 'Dependencies'?"));
        dependencies.Select(f => f.Line).Should().Equal(header + 2, header + 3);
        var owner = LintAssert.Single(findings, "HRN012", List, header + 3);
        owner.Message.Should().Be("Track B has no owner; fill its Owner cell in the Tracks table");
    }

    [Test]
    public void A_track_both_in_the_table_and_under_a_heading_is_a_duplicate_track()
    {
        using var repo = LintRun.Repo(Canonical());
        repo.Write(List, TableList().Replace("## Shared File Rule",
            "### Track B: 監査ログ\n- Status: in-progress\n- Owner: coder-b\n- Owned Files: `src/b.sh`\n- Verify Signal: `sh tests/run.sh`\n- Dependencies: A\n\n## Shared File Rule",
            StringComparison.Ordinal));

        var (_, findings) = LintRun.Json(repo);

        var duplicate = LintAssert.Single(findings, "HRN007", List, LintRun.LineOf(repo, List, "### Track B"));
        duplicate.Message.Should().Contain($"first at {List}:{LintRun.LineOf(repo, List, "| Track B")}:");
    }

    [Test]
    public void A_legend_table_under_tracks_lists_no_track()
    {
        using var repo = LintRun.Repo(Canonical(), git: true);
        repo.Edit(List, "## Tracks\n", "## Tracks\n| Status | 意味 |\n|---|---|\n| ready-for-coder-a | 未着手 |\n| done | 完了 |\n");

        var (lint, findings) = LintRun.Json(repo);
        var status = repo.Harness("status", TaskId, "--format", "json");

        lint.ExitCode.Should().Be(0, lint.ToString());
        findings.Where(f => f.Severity != "info").Should().BeEmpty(string.Join('\n', findings));
        Tracks(status).Select(t => t.GetProperty("id").GetString()).Should().Equal("A", "B");
    }

    [Test]
    public void Two_owned_files_lists_in_one_track_are_one_list()
    {
        using var repo = LintRun.Repo(Canonical(), git: true);
        repo.Edit(List, TrackBStatus, TrackBStatus + "- Owned Files\n  - `docs/b.md`\n");
        repo.Edit(FeatureListText.PlanPath, "`src/b.sh`, `tests/b.sh`", "`src/b.sh`, `tests/b.sh`, `docs/b.md`");

        var (lint, findings) = LintRun.Json(repo);
        var guard = repo.Harness("guard", TaskId, "--track", "B", "--files", "docs/b.md", "tests/b.sh", "src/b.sh");

        lint.ExitCode.Should().Be(0, lint.ToString());
        findings.Where(f => f.Severity != "info").Should().BeEmpty(string.Join('\n', findings));
        guard.ExitCode.Should().Be(0, guard.ToString());
        guard.Output.Should().Contain("3 changed path(s)");
    }

    [Test]
    public void A_crlf_feature_list_plan_and_note_leave_no_carriage_return_in_any_json()
    {
        using var repo = LintRun.Repo(Canonical(), git: true);
        var list = TableList().Replace("## Shared File Rule",
            "### Track C: 確認\n- **Status**: ready-after-a-and-b\n- **Owner:** reviewer\n- Owned Files: `docs/c.md`\n" +
            "- Verify Signal: `sh tests/run.sh` を実行する\n- Dependencies: A, B\n\n## Shared File Rule", StringComparison.Ordinal);
        var plan = Canonical().Plan().Replace("\n\n## Shared File Rule", "\n| C | reviewer | 確認 | `docs/c.md` | `sh tests/run.sh` | 確認済み |\n\n## Shared File Rule",
            StringComparison.Ordinal);
        var note = FeatureListText.Note("Track C の確認を始める。").Replace("## Current Goal\n- Test.", "## Current Goal\n- 確認する。\n  複数行の説明。",
            StringComparison.Ordinal);
        WriteCrlfWithBom(repo, List, list);
        WriteCrlfWithBom(repo, FeatureListText.PlanPath, plan);
        WriteCrlfWithBom(repo, Note, note);
        repo.CommitAll("CRLF artifacts");

        var lint = repo.Harness("lint", "--format", "json");
        var status = repo.Harness("status", TaskId, "--format", "json");
        var restart = repo.Harness("restart", TaskId, "--track", "C", "--format", "json", "--allow-incomplete");

        lint.ExitCode.Should().Be(0, lint.ToString());
        Tracks(status).Select(t => t.GetProperty("owner").GetString()).Should().Equal("coder-a", "coder-b", "reviewer");
        var packet = JsonDocument.Parse(restart.Output).RootElement;
        packet.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("name").GetString())
            .Should().Contain(["Track C", "Plan: Goal", "Progress Note: Current Goal", "Merge Order"]);
        foreach (var output in new[] { lint.Output, status.Output, restart.Output, restart.Error })
        {
            output.Should().NotContain("\r").And.NotContain("\\r").And.NotContain("\\u000D", output);
        }
    }

    private static FeatureListText Canonical() => new FeatureListText()
        .Track(new TrackText("A", Status: "in-progress"))
        .Track(new TrackText("B", Owner: "coder-b", Status: "ready-for-coder-b", Owns: ["src/b.sh", "tests/b.sh"], Dependencies: ["A"]));

    /// <summary>The canonical tracks as a person would table them, in Japanese prose.</summary>
    private static string TableList() =>
        $"---\nfeature: {TaskId}\n---\n# Feature List\n\n## Purpose\n- {TaskId} を track に分けて進める。\n\n## Operating Rules\n- 1 session で 1 track を閉じる。\n\n" +
        "## Tracks\ntrack は表で管理する。\n\n" +
        "| Track | Status | Owner | Owned Files | Verify Signal | Dependencies |\n|---|---|---|---|---|---|\n" +
        "| A | in-progress | coder-a | `src/a.sh` | `sh tests/run.sh` が通る | none |\n" +
        "| Track B | ready-for-coder-b | coder-b | `src/b.sh`, `tests/b.sh` | `sh tests/run.sh` が通る | A |\n\n" +
        "## Shared File Rule\n- none\n\n## Stop Instead Of Parallelizing\n- owner が決まっていない。\n";

    private static TempRepo RepoWithTrackBOwner(string ownerLines)
    {
        var list = new FeatureListText().Track(new TrackText("A", Status: "in-progress"))
            .Track(new TrackText("B", Owner: null, Status: "ready-for-coder-b", Dependencies: ["A"]));
        var repo = LintRun.Repo(list, git: true);
        // The plan leaves the owner to the feature list, so guard's owner can only come from the track itself.
        repo.Edit(List, TrackBStatus, TrackBStatus + ownerLines);
        return repo;
    }

    private static void WriteCrlfWithBom(TempRepo repo, string path, string text) =>
        repo.WriteBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))]);

    private static List<JsonElement> Tracks(CliResult status)
    {
        status.ExitCode.Should().Be(0, status.ToString());
        return JsonDocument.Parse(status.Output).RootElement.GetProperty("tracks").EnumerateArray().ToList();
    }

    /// <summary>What a track is, apart from its title and where it was written.</summary>
    private static List<string> Projection(List<JsonElement> tracks) => tracks.Select(t =>
        $"{t.GetProperty("id")} {t.GetProperty("status")} {t.GetProperty("owner")} " +
        $"[{string.Join(",", t.GetProperty("dependencies").EnumerateArray())}] {t.GetProperty("verify").GetProperty("command")}").ToList();

    private static List<string> Assessment(TempRepo repo)
    {
        var root = JsonDocument.Parse(repo.Harness("assess", TaskId, "--format", "json").Output).RootElement;
        return [root.GetProperty("verdict").GetString()!, .. root.GetProperty("criteria").EnumerateArray()
            .Select(c => $"{c.GetProperty("name")}: {c.GetProperty("met")}")];
    }

    private static JsonElement Restart(TempRepo repo) =>
        JsonDocument.Parse(repo.Harness("restart", TaskId, "--track", "B", "--format", "json", "--allow-incomplete").Output).RootElement;

    private static string RestartAgent(TempRepo repo)
    {
        var agent = Restart(repo).GetProperty("agent");
        return $"{agent.GetProperty("track")} {agent.GetProperty("owner")} {agent.GetProperty("role")}";
    }
}
