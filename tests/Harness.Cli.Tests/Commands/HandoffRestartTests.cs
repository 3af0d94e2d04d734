using System.Text.RegularExpressions;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>A handoff reaches its addressee: the restart prompt of the track it names (or of its owner) quotes it.</summary>
public sealed class HandoffRestartTests
{
    [Test]
    public void The_latest_handoff_to_a_tracks_owner_is_quoted_with_file_and_line_even_when_the_note_is_newer()
    {
        using var repo = TempRepo.Sample();
        var first = Created(repo, repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b", "--status", "done"));
        var path = Created(repo, repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b", "--status", "done"));
        repo.Edit(path, "## Notes\n", "## Notes\n- フィルタの意味は確定した。B はこれを前提にしてよい。\n");
        repo.Edit(path, "## Concerns\n", "## Concerns\n- `none` の扱いだけ要確認。\n");
        repo.Harness("note", "FEATURE-002", "--status", "in-progress", "--next", "Track B を始める。").ExitCode.Should().Be(0);
        repo.CommitAll("session 1");

        var result = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");

        result.Output.Should().Contain($"- The latest handoff to you: {path}, from coder-a, ")
            .And.NotContain($"handoff to you: {first}")
            .And.Contain($"  Exit State ({path}:{LintRun.LineOf(repo, path, "## Exit State")}):\n\n> - done\n")
            .And.Contain($"  Notes ({path}:{LintRun.LineOf(repo, path, "## Notes")}):\n\n> - フィルタの意味は確定した。B はこれを前提にしてよい。\n")
            .And.Contain("> - `none` の扱いだけ要確認。")
            .And.Contain("  Next Owner (").And.Contain("  Remaining Gaps (")
            .And.NotContain("  Deviations (", "an empty section says nothing");
    }

    [Test]
    public void A_handoff_to_the_track_by_its_id_reaches_it_and_no_other_track()
    {
        using var repo = TempRepo.Sample();
        var path = Created(repo, repo.Harness("handoff", "FEATURE-002", "--track", "B", "--to", "Track C", "--status", "blocked"));

        repo.Harness("restart", "FEATURE-002", "--track", "C", "--allow-incomplete").Output
            .Should().Contain($"- The latest handoff to you: {path}, from coder-b").And.Contain("> - blocked");
        repo.Harness("restart", "FEATURE-002", "--track", "A", "--allow-incomplete").Output
            .Should().NotContain("The latest handoff to you");
    }

    [Test]
    public void The_handoff_records_its_time_to_the_fraction_of_a_second()
    {
        using var repo = TempRepo.Sample();
        var path = Created(repo, repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b"));

        repo.Read(path).Should().MatchRegex(@"\ncreated: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z\n");
    }

    [Test]
    public void Changed_files_are_the_tracks_since_its_branch_left_main_then_since_its_previous_handoff_even_after_a_note()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("branch", "-M", "main");
        repo.RunGit("checkout", "-q", "-b", "track-a");
        repo.Edit("src/support_hub/assignee_filter.sh", "#", "# edited\n#");
        repo.Edit("tests/test_assignee_filter.sh", "#", "# edited\n#");
        repo.CommitAll("filter");
        repo.Edit("src/support_hub/common.sh", "#", "# edited\n#");
        repo.Harness("note", "FEATURE-002", "--status", "in-progress", "--next", "Hand A over.").ExitCode.Should().Be(0);
        repo.CommitAll("note");

        var first = Created(repo, repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b", "--status", "done"));

        repo.Read(first).Should().Contain("## Changed Files\n- `src/support_hub/assignee_filter.sh`\n- `src/support_hub/common.sh`\n- `tests/test_assignee_filter.sh`\n\n");
        repo.CommitAll("handoff");
        repo.Edit("tests/test_assignee_filter.sh", "#", "# again\n#");
        repo.CommitAll("more");
        var second = Created(repo, repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b", "--status", "done"));
        repo.Read(second).Should().Contain("## Changed Files\n- `tests/test_assignee_filter.sh`\n\n");
    }

    [Test]
    public void Changed_files_are_measured_from_the_base_harness_yml_names_as_restart_measures_it()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("branch", "-M", "main");
        repo.RunGit("checkout", "-q", "-b", "develop");
        repo.Edit("src/support_hub/common.sh", "#", "# develop's own\n#");
        repo.CommitAll("develop moves past main");
        repo.RunGit("checkout", "-q", "-b", "track-a");
        repo.Edit("harness.yml", "version: 1\n", "version: 1\nbase: develop\n");
        repo.Edit("src/support_hub/assignee_filter.sh", "#", "# edited\n#");
        repo.CommitAll("filter");

        var path = Created(repo, repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b", "--status", "done"));

        repo.Read(path).Should().Contain("## Changed Files\n- `src/support_hub/assignee_filter.sh`\n\n",
            "the merge base with develop, not main: develop's own commit is no change of the track");
        repo.Harness("restart", "FEATURE-002", "--track", "A", "--format", "json", "--allow-incomplete").Output
            .Should().Contain("\"name\": \"develop\"").And.Contain("\"source\": \"harness.yml\"");
    }

    [Test]
    public void Handoffs_of_one_second_are_ordered_by_their_commits_not_their_names_and_json_carries_them()
    {
        using var repo = TempRepo.Sample();
        const string folder = "tasks/FEATURE-002-handoffs";
        WriteHandoff(repo, $"{folder}/20990101T000000Z-zeta.md", "2099-01-01T00:00:00Z", "coder-b", "いったん渡す。");
        WriteHandoff(repo, $"{folder}/20990101T000000Z-mid.md", "2099-01-01T00:00:00.5000000Z", "reviewer", "レビューへ。");
        repo.CommitAll("first handoffs");
        WriteHandoff(repo, $"{folder}/20990101T000000Z-alpha.md", "2099-01-01T00:00:00Z", "coder-b", "やり直して渡す。");
        repo.CommitAll("a later handoff of the same second");

        var planner = Json(repo.Harness("restart", "FEATURE-002", "--as", "planner", "--format", "json", "--allow-incomplete"));
        var track = Json(repo.Harness("restart", "FEATURE-002", "--track", "B", "--format", "json", "--allow-incomplete"));

        planner.GetProperty("handoffsSinceNote").EnumerateArray().Select(h => h.GetProperty("path").GetString())
            .Should().Equal($"{folder}/20990101T000000Z-zeta.md", $"{folder}/20990101T000000Z-alpha.md", $"{folder}/20990101T000000Z-mid.md");
        planner.GetProperty("changesSinceNote").GetProperty("newerHandoffs").EnumerateArray().Select(h => h.GetString())
            .Should().Equal($"{folder}/20990101T000000Z-zeta.md", $"{folder}/20990101T000000Z-alpha.md", $"{folder}/20990101T000000Z-mid.md");
        planner.GetProperty("handoff").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var first = planner.GetProperty("handoffsSinceNote")[0];
        first.GetProperty("from").GetString().Should().Be("coder-a");
        first.GetProperty("to").GetString().Should().Be("coder-b");
        first.GetProperty("status").GetString().Should().Be("done");
        first.GetProperty("created").GetString().Should().Be("2099-01-01T00:00:00Z");
        var quoted = track.GetProperty("handoff");
        quoted.GetProperty("path").GetString().Should().Be($"{folder}/20990101T000000Z-alpha.md", "the later commit of the same second is the latest");
        quoted.GetProperty("line").GetInt32().Should().Be(1);
        var notes = quoted.GetProperty("sections").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Notes");
        notes.GetProperty("content").GetString().Should().Be("- やり直して渡す。");
        notes.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, $"{folder}/20990101T000000Z-alpha.md", "## Notes"));
    }

    private static void WriteHandoff(TempRepo repo, string path, string created, string to, string note) =>
        repo.Write(path, $"---\nfeature: FEATURE-002\ntrack: A\nfrom: coder-a\nto: {to}\nstatus: done\ncreated: {created}\n---\n"
            + $"# FEATURE-002 Handoff: Track A to {to}\n\n## Exit State\n- done\n\n## Notes\n- {note}\n");

    private static System.Text.Json.JsonElement Json(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.ToString());
        return System.Text.Json.JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    private static string Created(TempRepo repo, CliResult result)
    {
        result.ExitCode.Should().Be(0, result.ToString());
        return Regex.Match(result.Output, @"created (\S+)").Groups[1].Value;
    }
}
