using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class StatusCommandTests
{
    [Test]
    public void One_task_as_json_gives_each_track_with_its_verify_state()
    {
        using var repo = TempRepo.Sample();
        var head = repo.RunGit("rev-parse", "HEAD").Trim();
        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);

        var result = repo.Harness("status", "FEATURE-002", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        var root = JsonDocument.Parse(result.Output).RootElement;
        root.GetProperty("task").GetString().Should().Be("FEATURE-002");
        var tracks = root.GetProperty("tracks").EnumerateArray().ToList();
        tracks.Select(t => t.GetProperty("id").GetString()).Should().Equal("A", "B", "C");
        tracks[0].GetProperty("owner").GetString().Should().Be("coder-a");
        tracks[0].GetProperty("status").GetString().Should().Be("done");
        tracks[0].GetProperty("verify").GetProperty("verifyState").GetString().Should().Be("pass");
        tracks[0].GetProperty("verify").GetProperty("commit").GetString().Should().Be(head);
        tracks[0].GetProperty("verify").GetProperty("command").GetString().Should().Be("sh tests/test_assignee_filter.sh");
        tracks[1].GetProperty("verify").GetProperty("verifyState").GetString().Should().Be("unknown");
        tracks[2].GetProperty("verify").GetProperty("verifyState").GetString().Should().Be("none");
        tracks[2].GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()).Should().Equal("A", "B");
        root.GetProperty("note").GetProperty("nextStep").GetString().Should().StartWith("Add a test that a refused change");
    }

    [Test]
    public void A_track_whose_verify_signal_names_no_command_has_a_null_command_in_json()
    {
        using var repo = HandWrittenTask.Repo();

        var result = repo.Harness("status", HandWrittenTask.Id, "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        var tracks = JsonDocument.Parse(result.Output).RootElement.GetProperty("tracks").EnumerateArray().ToList();
        tracks[0].GetProperty("verify").GetProperty("command").GetString().Should().Be(HandWrittenTask.TrackACommand);
        tracks[1].GetProperty("verify").GetProperty("verifyState").GetString().Should().Be("none");
        tracks[1].GetProperty("verify").GetProperty("command").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public void A_pass_turns_stale_after_a_new_commit()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        repo.Write("docs/extra.md", "more\n").CommitAll("moves HEAD");

        StateOf(repo, "FEATURE-002", 0).Should().Be("stale");
    }

    [Test]
    public void A_pass_on_a_dirty_tree_is_stale_even_at_head()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("src/support_hub/tickets.sh", "#", "# uncommitted edit\n#");
        repo.Harness("verify", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);

        StateOf(repo, "FEATURE-002", 0).Should().Be("stale");
    }

    [Test]
    public void A_failed_run_is_fail_and_every_task_is_listed_in_text()
    {
        using var repo = Evidence.SampleWithBriefCommand("exit 1");
        repo.Harness("verify", "FEATURE-001").ExitCode.Should().Be(1);

        StateOf(repo, "FEATURE-001", 0).Should().Be("fail");
        var text = repo.Harness("status");
        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().Contain("FEATURE-001 (single-agent)").And.Contain("verify: fail")
            .And.Contain("FEATURE-002 (long-running)").And.Contain("Track C").And.Contain("next: ");
    }

    [Test]
    public void Every_task_as_json_is_a_tasks_array()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("status", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        JsonDocument.Parse(result.Output).RootElement.GetProperty("tasks").EnumerateArray()
            .Select(t => t.GetProperty("task").GetString()).Should().Equal("FEATURE-001", "FEATURE-002");
    }

    private static string? StateOf(TempRepo repo, string taskId, int track)
    {
        var result = repo.Harness("status", taskId, "--format", "json");
        result.ExitCode.Should().Be(0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("tracks")[track].GetProperty("verify").GetProperty("verifyState").GetString();
    }
}
