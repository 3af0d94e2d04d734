using Harness.Core.Model.Findings;
using Harness.Core.Model.Git;
using Harness.Core.Model.State;
using Harness.Core.Restart;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Model.State;

public sealed class BaseBranchCheckTests
{
    private static RestartPacket Restart(TaskRepo repo, string track) =>
        RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: track, Role: null));

    [Test]
    public void The_upstream_is_the_base_and_its_commits_on_the_owned_files_stop_the_track()
    {
        using var repo = new TaskRepo();
        repo.Git.Commit(TaskRepo.Monday, "start", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Git.UpstreamBranch = "origin/main";
        repo.Git.References["origin/main"] = "feed";
        repo.Git.MissingFromHead["feed"] =
        [
            new GitCommit("feed000000000000", TaskRepo.Monday.AddHours(2), "既読フラグの修正", ["src/read_flag.sh"]),
            new GitCommit("beef000000000000", TaskRepo.Monday.AddHours(1), "docs", ["README.md"]),
        ];
        repo.Git.Conflicts["feed"] = ["src/read_flag.sh"];

        var packet = Restart(repo, "A");

        packet.BaseCheck.Should().BeEquivalentTo(new { Base = "origin/main", Source = "the branch's upstream", Skipped = (string?)null });
        packet.BaseCheck!.TouchingOwned.Select(c => c.Subject).Should().Equal("既読フラグの修正");
        packet.StopConditions.Should().ContainSingle(s => s.Rule == RuleIds.BaseDrift)
            .Which.Problem.Should().Be("origin/main (the base, from the branch's upstream) has 1 commit(s) touching Track A's owned files that HEAD lacks: feed00000000 既読フラグの修正");
        packet.StopConditions.Should().ContainSingle(s => s.Rule == RuleIds.BaseConflict)
            .Which.Location.File.Should().Be("src/read_flag.sh");
    }

    [Test]
    public void Commits_on_the_base_that_touch_other_files_do_not_stop_the_track()
    {
        using var repo = new TaskRepo();
        repo.Git.Commit(TaskRepo.Monday, "start", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Git.References["main"] = "feed";
        repo.Git.MissingFromHead["feed"] = [new GitCommit("feed000000000000", TaskRepo.Monday.AddHours(2), "list", ["src/list.sh"])];

        var packet = Restart(repo, "A");

        packet.BaseCheck.Should().BeEquivalentTo(new { Base = "main", Source = "harness's default", Skipped = (string?)null });
        packet.StopConditions.Should().NotContain(s => s.Rule == RuleIds.BaseDrift || s.Rule == RuleIds.BaseConflict);
    }

    [Test]
    public void Without_a_base_the_check_is_skipped_and_says_why_and_the_planner_is_not_checked()
    {
        using var repo = new TaskRepo();
        repo.Git.Commit(TaskRepo.Monday, "start", "src/read_flag.sh", TaskRepo.NotePath);

        var track = Restart(repo, "A");
        var planner = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: null, Role: null));

        track.BaseCheck!.Skipped.Should().Be("no base in harness.yml, the branch has no upstream and there is no main");
        planner.BaseCheck.Should().BeNull();
    }

    [Test]
    public void The_base_named_in_harness_yml_wins_over_the_upstream()
    {
        using var repo = new TaskRepo();
        repo.Write("harness.yml", "version: 1\nbase: trunk\n");
        repo.Git.Commit(TaskRepo.Monday, "start", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Git.UpstreamBranch = "origin/main";
        repo.Git.References["trunk"] = "feed";
        repo.Git.References["origin/main"] = "beef";

        var packet = Restart(repo, "A");

        packet.BaseCheck.Should().BeEquivalentTo(new { Base = "trunk", Source = "harness.yml", Skipped = (string?)null });
    }

    [Test]
    public void A_merge_git_cannot_try_is_said_as_untried_never_as_clean()
    {
        using var repo = new TaskRepo();
        repo.Git.Commit(TaskRepo.Monday, "start", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Git.References["main"] = "feed";
        repo.Git.MissingFromHead["feed"] = [new GitCommit("feed000000000000", TaskRepo.Monday.AddHours(2), "list", ["src/list.sh"])];
        repo.Git.MergeError = "error: unknown option `write-tree'";

        var packet = Restart(repo, "A");

        packet.BaseCheck!.MergeUntried.Should().Be("git could not try the merge: error: unknown option `write-tree'");
        packet.BaseCheck.Conflicts.Should().BeEmpty();
    }
}
