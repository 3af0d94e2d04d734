using Harness.Core.Model.Evidence;
using Harness.Core.Model.State;
using Harness.Core.Status;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Status;

/// <summary>A track's verify state as `harness status` reports it, judged by the one freshness rule over the git fake.</summary>
public sealed class StatusServiceTests
{
    [Test]
    public void A_pass_at_head_on_a_clean_tree_is_pass()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Passed("A", "sh tests/test_read_flag.sh", commit);

        StateOfA(repo).Should().Be(VerifyState.Pass);
    }

    [Test]
    public void A_pass_goes_stale_after_a_commit_that_changed_code()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh");
        repo.Passed("A", "sh tests/test_read_flag.sh", commit);
        repo.Git.Commit(TaskRepo.Monday.AddHours(2), "一覧", "src/list.sh");

        StateOfA(repo).Should().Be(VerifyState.Stale);
    }

    [Test]
    public void A_pass_stays_pass_when_only_harness_artifacts_changed_since()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh");
        repo.Passed("A", "sh tests/test_read_flag.sh", commit);
        repo.Git.Commit(TaskRepo.Monday.AddHours(2), "note", TaskRepo.NotePath, TaskRepo.FeatureListPath);

        StateOfA(repo).Should().Be(VerifyState.Pass);
    }

    private static VerifyState StateOfA(TaskRepo repo) =>
        StatusService.Run(repo.Open(), TaskRepo.TaskId, TaskRepo.Monday.AddDays(1)).Single().Tracks.Single(t => t.Id == "A").Verify.State;
}
