using Harness.Core.Model.Worktrees;

namespace Harness.Core.Tests.Model.Worktrees;

/// <summary>The branch of a track's work tree, and the way back from a branch name to its task and track.</summary>
public sealed class TrackBranchTests
{
    [TestCase("{task}/{track}", "FEATURE-002", "B", "feature-002/b")]
    [TestCase("agents/{task}/{track}", "OPS-7", "Docs", "agents/ops-7/docs")]
    public void The_pattern_is_filled_in_lower_case_and_read_back(string pattern, string task, string track, string branch)
    {
        var branches = new TrackBranch(pattern);

        branches.Name(task, track).Should().Be(branch);
        branches.Read(branch).Should().Be(new TrackBranchName(task.ToLowerInvariant(), track.ToLowerInvariant()));
    }

    [TestCase("main")]
    [TestCase("feature-002")]
    [TestCase("feature-002/b/extra")]
    public void A_branch_the_pattern_does_not_make_names_no_track(string branch)
    {
        new TrackBranch("{task}/{track}").Read(branch).Should().BeNull();
    }
}
