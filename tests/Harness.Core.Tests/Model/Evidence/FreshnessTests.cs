using Harness.Core.Model.Config;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Git;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Model.Evidence;

/// <summary>Freshness of a run on a dirty tree, judged by the tree it ran on (issue 16: verify before commit).</summary>
public sealed class FreshnessTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private const string Tree = "1111111111111111111111111111111111111111";

    private static (FakeGitRepository Git, string Base) Repo()
    {
        var git = new FakeGitRepository("/repo");
        return (git, git.Commit(Monday, "start", "src/a.sh"));
    }

    private static EvidenceRecord DirtyRun(string commit, string? tree) =>
        new() { TaskId = "FEATURE-001", Track = "A", ExitCode = 0, Outcome = "passed", Commit = commit, Dirty = true, Tree = tree };

    private static FreshnessVerdict Judge(FakeGitRepository git, EvidenceRecord record) =>
        new Freshness(git, HarnessConfig.Default).Of(record);

    [Test]
    public void A_dirty_run_whose_tree_is_now_committed_passes()
    {
        var (git, start) = Repo();
        git.Commit(Monday.AddHours(1), "the code that ran", "src/a.sh");
        git.TreeDiffersFromHead[Tree] = [];

        var verdict = Judge(git, DirtyRun(start, Tree));

        verdict.State.Should().Be(VerifyState.Pass);
        verdict.Reason.Should().Be($"it passed on the tree that is now committed at {git.Head()![..12]}");
    }

    [Test]
    public void Only_harness_artifacts_between_the_tree_and_HEAD_leave_it_passing()
    {
        var (git, start) = Repo();
        git.Commit(Monday.AddHours(1), "code, note and handoff", "src/a.sh", "tasks/FEATURE-001-progress.md");
        git.TreeDiffersFromHead[Tree] = ["tasks/FEATURE-001-progress.md", "tasks/FEATURE-001-handoffs/h.md"];
        git.StatusEntries.Add(new GitStatusEntry(' ', 'M', ".harness/evidence/FEATURE-001/x.json", null));

        Judge(git, DirtyRun(start, Tree)).State.Should().Be(VerifyState.Pass);
    }

    [Test]
    public void Code_committed_beside_the_tree_it_ran_on_makes_it_stale()
    {
        var (git, start) = Repo();
        git.Commit(Monday.AddHours(1), "more than ran", "src/a.sh", "src/b.sh");
        git.TreeDiffersFromHead[Tree] = ["src/b.sh"];

        var verdict = Judge(git, DirtyRun(start, Tree));

        verdict.State.Should().Be(VerifyState.Stale);
        verdict.Reason.Should().Be($"the tree it ran on (dirty, at {start[..12]}) differs from HEAD in 1 file outside harness's artifacts");
    }

    [Test]
    public void An_uncommitted_code_change_now_makes_it_stale()
    {
        var (git, start) = Repo();
        git.TreeDiffersFromHead[Tree] = [];
        git.StatusEntries.Add(new GitStatusEntry(' ', 'M', "src/a.sh", null));

        var verdict = Judge(git, DirtyRun(start, Tree));

        verdict.State.Should().Be(VerifyState.Stale);
        verdict.Reason.Should().Be($"1 file outside harness's artifacts uncommitted since it ran on a dirty tree at {start[..12]}");
    }

    [Test]
    public void A_dirty_run_without_a_tree_stays_stale()
    {
        var (git, start) = Repo();

        var verdict = Judge(git, DirtyRun(start, null));

        verdict.State.Should().Be(VerifyState.Stale);
        verdict.Reason.Should().Be("the tree was dirty when it ran");
    }

    [Test]
    public void A_tree_git_no_longer_knows_is_stale()
    {
        var (git, start) = Repo();

        var verdict = Judge(git, DirtyRun(start, Tree));

        verdict.State.Should().Be(VerifyState.Stale);
        verdict.Reason.Should().Contain("git cannot compare the tree it ran on now");
    }

    [Test]
    public void A_tree_that_is_no_hash_never_reaches_git()
    {
        var (git, start) = Repo();
        git.TreeDiffersFromHead["--output=x"] = [];

        Judge(git, DirtyRun(start, "--output=x")).State.Should().Be(VerifyState.Stale);
    }
}
