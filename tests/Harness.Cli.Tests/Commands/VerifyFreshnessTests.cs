using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// One freshness rule (issue 16, item 3) seen through every command: status, restart --format json and assess
/// give the same state for Track B's latest verify of the sample.
/// </summary>
public sealed class VerifyFreshnessTests
{
    private const string Task = "FEATURE-002";

    [Test]
    public void A_pass_stays_pass_after_a_note_and_its_commit()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", Task, "--track", "B").ExitCode.Should().Be(0);
        var note = repo.Harness("note", Task, "--next", "Review Track B.");
        note.ExitCode.Should().Be(0, note.ToString());
        repo.CommitAll("note after verify");

        StatesOfTrackB(repo).Should().Equal("pass", "pass", "pass");
    }

    [Test]
    public void A_pass_stays_pass_when_the_note_is_edited_before_the_verify()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("note", Task, "--next", "Verify Track B.").ExitCode.Should().Be(0);
        repo.Harness("verify", Task, "--track", "B").ExitCode.Should().Be(0);

        Evidence.Single(repo, Task).GetProperty("dirty").GetBoolean().Should().BeFalse();
        StatesOfTrackB(repo).Should().Equal("pass", "pass", "pass");
    }

    [Test]
    public void An_uncommitted_source_edit_makes_it_stale_and_its_commit_keeps_it_stale()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", Task, "--track", "B").ExitCode.Should().Be(0);
        repo.Harness("note", Task, "--next", "Review Track B.").ExitCode.Should().Be(0);
        repo.CommitAll("note after verify");

        repo.Edit("src/support_hub/audit_log.sh", "#", "# later\n#");
        var uncommitted = StatesOfTrackB(repo);
        repo.CommitAll("later work");
        var committed = StatesOfTrackB(repo);

        uncommitted.Should().Equal("stale", "stale", "stale");
        committed.Should().Equal("stale", "stale", "stale");
    }

    [Test]
    public void A_verify_on_a_dirty_tree_passes_once_that_tree_is_committed()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("src/support_hub/audit_log.sh", "#", "# verified before its commit\n#");
        repo.Write("src/support_hub/new_helper.sh", "# untracked, not ignored: part of the tree that ran\n");
        repo.Harness("verify", Task, "--track", "B").ExitCode.Should().Be(0);
        repo.Harness("note", Task, "--next", "Review Track B.").ExitCode.Should().Be(0);
        var index = repo.RunGit("diff", "--cached", "--name-only");

        var record = Evidence.Single(repo, Task);
        record.GetProperty("dirty").GetBoolean().Should().BeTrue();
        record.GetProperty("tree").GetString().Should().MatchRegex("^[0-9a-f]{40}$");
        index.Should().BeEmpty("the snapshot uses an index of its own, never the user's");
        StatesOfTrackB(repo).Should().Equal("stale", "stale", "stale");
        repo.CommitAll("Track B: the code that was verified, and its note");
        StatesOfTrackB(repo).Should().Equal("pass", "pass", "pass");
    }

    [Test]
    public void A_verify_on_a_dirty_tree_is_stale_when_more_is_edited_before_the_commit()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("src/support_hub/audit_log.sh", "#", "# verified before its commit\n#");
        repo.Harness("verify", Task, "--track", "B").ExitCode.Should().Be(0);
        repo.Edit("src/support_hub/audit_log.sh", "#", "# edited after the verify\n#");
        repo.CommitAll("Track B: more than was verified");

        StatesOfTrackB(repo).Should().Equal("stale", "stale", "stale");
    }

    [Test]
    public void A_record_from_a_commit_outside_the_history_of_HEAD_is_stale()
    {
        using var repo = TempRepo.Sample();
        var branch = repo.RunGit("rev-parse", "--abbrev-ref", "HEAD").Trim();
        repo.RunGit("checkout", "-q", "-b", "side");
        repo.Write("docs/harness/side.md", "side work\n").CommitAll("side");
        repo.Harness("verify", Task, "--track", "B").ExitCode.Should().Be(0);
        repo.RunGit("checkout", "-q", branch);

        StatesOfTrackB(repo).Should().Equal("stale", "stale", "stale");
        var restart = repo.Harness("restart", Task, "--track", "B");
        restart.ExitCode.Should().Be(3, "a stale verify stops the track's restart");
        restart.Error.Should().Contain("error RST007: the verify of Track B is stale: ").And.Contain("which is not in HEAD's history");
    }

    /// <summary>Track B's verify state as status, restart --format json and assess --format json give it.</summary>
    private static List<string> StatesOfTrackB(TempRepo repo)
    {
        var status = repo.Harness("status", Task, "--format", "json");
        status.ExitCode.Should().Be(0, status.ToString());
        var fromStatus = JsonDocument.Parse(status.Output).RootElement.GetProperty("tracks").EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == "B").GetProperty("verify").GetProperty("verifyState").GetString()!;

        // A track's verify that is not current stops its restart (RST007); the packet still says its state.
        var restart = repo.Harness("restart", Task, "--track", "B", "--format", "json", "--allow-incomplete");
        restart.ExitCode.Should().Be(0, restart.ToString());
        var fromRestart = JsonDocument.Parse(restart.Output).RootElement.GetProperty("verify").EnumerateArray()
            .Single(v => v.GetProperty("track").GetString() == "B").GetProperty("verifyState").GetString()!;

        var assess = repo.Harness("assess", Task, "--format", "json");
        var criterion = JsonDocument.Parse(assess.Output).RootElement.GetProperty("criteria").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "current passing verify");
        var detail = criterion.GetProperty("detail").GetString()!;
        var fromAssess = criterion.GetProperty("met").GetBoolean() ? "pass"
            : detail.Contains("(stale: ", StringComparison.Ordinal) ? "stale"
            : detail;

        return [fromStatus, fromRestart, fromAssess];
    }
}
