using Harness.Core.Model.Findings;
using Harness.Core.Model.Identity;
using Harness.Core.Model.State;
using Harness.Core.Restart;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Restart;

public sealed class RestartPacketBuilderTests
{
    [Test]
    public void A_track_with_its_inputs_a_verify_result_and_an_owner_gets_a_complete_packet()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh", TaskRepo.NotePath);
        var head = repo.Git.Commit(TaskRepo.Monday.AddHours(3), "一覧の下書き", "src/list.sh");
        // The track's verify ran at HEAD: a track restarts only on a current result (a stale one stops it, RST007).
        repo.Passed("A", "sh tests/test_read_flag.sh", head);

        var packet = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: "A", Role: null));

        packet.StopConditions.Should().BeEmpty();
        packet.Agent.Should().Be(new AgentIdentity(TaskRepo.TaskId, "the task id given", "A", "既読フラグ", "--track", "coder-a", "coder", "the track's Owner"));
        packet.Inputs.Select(i => i.Name).Should().Contain(["Plan: Goal", "Track A", "Merge Order", "Progress Note: Next Step"]);
        packet.Changes.NoteCommit!.Hash.Should().Be(commit);
        packet.Changes.Commits.Select(c => c.Subject).Should().Equal("一覧の下書き");
        packet.Assessment.Should().BeNull("only the planner's packet carries the assessment");
    }

    [Test]
    public void A_blocked_track_stops_the_restart_at_its_status_line()
    {
        using var repo = new TaskRepo();
        repo.Write(TaskRepo.FeatureListPath, TaskRepo.FeatureList("blocked"));

        var packet = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: "B", Role: null));

        packet.StopConditions.Should().ContainSingle(s => s.Rule == RuleIds.TrackHeld)
            .Which.Location.File.Should().Be(TaskRepo.FeatureListPath);
        packet.IsComplete.Should().BeFalse();
    }

    [Test]
    public void A_planner_by_default_is_told_the_tracks_to_pick_from_ten_at_most()
    {
        using var repo = new TaskRepo();
        var tracks = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"### Track T{i}: 作業 {i}\n- Status\n  - in-progress\n- Owner\n  - coder-{i}\n- Owned Files\n  - `src/t{i}.sh`\n- Verify Signal\n  - `sh t{i}.sh`\n- Dependencies\n  - none\n\n"));
        repo.Write(TaskRepo.FeatureListPath, "# Feature List\n\n## Purpose\n- FEAT-1 を保つ。\n\n## Tracks\n\n" + tracks);

        var packet = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: null, Role: null));

        packet.PlannerByDefault.Should().BeTrue();
        packet.TrackChoices.Should().HaveCount(11);
        packet.TrackChoices[0].Should().Be("T1 (coder-1)");
        packet.TrackChoices[^1].Should().Be($"2 more in {TaskRepo.FeatureListPath}");
    }

    [Test]
    public void A_track_whose_verify_went_stale_stops_with_the_restart_verify_fix()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Passed("A", "sh tests/test_read_flag.sh", commit);
        repo.Git.Commit(TaskRepo.Monday.AddHours(3), "一覧の下書き", "src/list.sh");

        var packet = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: "A", Role: null));

        packet.StopConditions.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Rule = RuleIds.VerifyNotCurrent,
            Fix = "run `harness restart FEAT-1 --track A --verify`, which runs it first and records a current result",
        });
    }

    [Test]
    public void A_track_whose_dependency_is_unfinished_stops_at_its_dependencies()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "一覧", "src/list.sh", TaskRepo.NotePath);
        repo.Passed("B", "sh tests/test_list.sh", commit);

        var packet = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: "B", Role: null));

        packet.StopConditions.Should().ContainSingle(s => s.Rule == RuleIds.DependenciesUnfinished)
            .Which.Problem.Should().Be("Track B depends on unfinished tracks: Track A (in-progress)");
    }
}
