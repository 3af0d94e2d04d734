using Harness.Core.Model.Git;
using Harness.Core.Model.Identity;
using Harness.Core.Start;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Start;

public sealed class StartServiceTests
{
    [Test]
    public void Start_writes_task_and_track_into_the_repository_s_config_when_it_has_one_work_tree()
    {
        using var repo = new TaskRepo();
        repo.Git.Config["harness.role"] = "reviewer";

        var report = StartService.Run(repo.Open(), new StartRequest(TaskRepo.TaskId, "B", null, false), SessionEnvironment.Empty);

        report.Scope.Should().Be(GitConfigScope.Local);
        report.Agent!.Owner.Should().Be("coder-b");
        repo.Git.Config.Should().Contain("harness.task", TaskRepo.TaskId).And.Contain("harness.track", "B");
        repo.Git.Config.Should().NotContainKey("harness.role", "a role start was not given is no longer the session's");
    }

    [Test]
    public void With_linked_work_trees_start_keeps_the_identity_in_this_work_tree_s_config()
    {
        using var repo = new TaskRepo();
        repo.Git.LinkedWorktrees = true;

        var report = StartService.Run(repo.Open(), new StartRequest(TaskRepo.TaskId, null, "planner", false), new SessionEnvironment(null, "A", null));

        report.Scope.Should().Be(GitConfigScope.Worktree);
        report.EnabledWorktreeConfig.Should().BeTrue();
        repo.Git.Config.Should().Contain("extensions.worktreeConfig", "true").And.NotContainKey("harness.task");
        repo.Git.WorktreeConfig.Should().Contain("harness.task", TaskRepo.TaskId).And.Contain("harness.role", "planner").And.NotContainKey("harness.track");
        report.Shadowing.Should().Equal("HARNESS_TRACK=A");
    }

    [Test]
    public void Start_with_a_track_the_task_lacks_writes_nothing()
    {
        using var repo = new TaskRepo();

        var start = () => StartService.Run(repo.Open(), new StartRequest(TaskRepo.TaskId, "Z", null, false), SessionEnvironment.Empty);

        start.Should().Throw<HarnessInputException>().WithMessage("--track: FEAT-1 has no track 'Z'; tracks: A, B");
        repo.Git.Config.Should().BeEmpty();
    }

    [Test]
    public void Clear_removes_what_start_wrote_and_names_what_is_still_set_elsewhere()
    {
        using var repo = new TaskRepo();
        repo.Git.Config["extensions.worktreeConfig"] = "true";
        repo.Git.Config["harness.task"] = "FEAT-1";
        repo.Git.WorktreeConfig["harness.task"] = "FEAT-1";
        repo.Git.WorktreeConfig["harness.track"] = "A";

        var report = StartService.Run(repo.Open(), new StartRequest(null, null, null, true), SessionEnvironment.Empty);

        report.Agent.Should().BeNull();
        repo.Git.WorktreeConfig.Should().BeEmpty();
        report.StillSet.Should().Equal("git config harness.task = FEAT-1");
    }
}
