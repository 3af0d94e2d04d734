using Harness.Core.Guard;
using Harness.Core.Model.Git;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Guard;

/// <summary>A track may change its own Status line in the feature list, which no track owns, and nothing else of it.</summary>
public sealed class StatusLineChangeTests
{
    private const string List = TaskRepo.FeatureListPath;

    [Test]
    public void Since_the_merge_base_a_track_may_have_changed_its_own_status_and_no_other_tracks()
    {
        using var repo = new TaskRepo();
        var baseCommit = repo.Git.Commit(TaskRepo.Monday, "plan", List);
        var head = repo.Git.Commit(TaskRepo.Monday.AddHours(1), "B done", List);
        repo.Git.References["main"] = baseCommit;
        repo.Git.MergeBases[(baseCommit, head)] = baseCommit;
        repo.Git.FileTexts[(baseCommit, List)] = TaskRepo.FeatureList("in-progress");
        repo.Git.FileTexts[(head, List)] = TaskRepo.FeatureList("done");
        var scope = new GuardScope("main", false, []);

        var b = GuardService.Run(repo.Open(), TaskRepo.TaskId, "B", scope, repo.Root);
        var a = GuardService.Run(repo.Open(), TaskRepo.TaskId, "A", scope, repo.Root);

        b.Changes.Select(c => c.Path).Should().Contain(List);
        b.Violations.Should().BeEmpty();
        a.Violations.Select(v => v.Change.Path).Should().Equal(List);
    }

    [Test]
    public void A_second_changed_line_or_a_status_moved_to_another_line_is_not_the_status_alone()
    {
        using var repo = new TaskRepo();
        var workspace = repo.Open();
        var before = TaskRepo.FeatureList("in-progress");

        StatusLineChange.OnlyStatusDiffers(workspace, List, "B", before, TaskRepo.FeatureList("done")).Should().BeTrue();
        StatusLineChange.OnlyStatusDiffers(workspace, List, "B", before, TaskRepo.FeatureList("done").Replace("未読の", "全部の", StringComparison.Ordinal))
            .Should().BeFalse();
        StatusLineChange.OnlyStatusDiffers(workspace, List, "B", before, TaskRepo.FeatureList("done").Replace("## Tracks", "## Tracks\n", StringComparison.Ordinal))
            .Should().BeFalse();
        StatusLineChange.OnlyStatusDiffers(workspace, List, "A", before, TaskRepo.FeatureList("done")).Should().BeFalse();
        StatusLineChange.OnlyStatusDiffers(workspace, List, "B", before, TaskRepo.FeatureList("done").ReplaceLineEndings("\r\n"))
            .Should().BeFalse("every line ending changed");
    }

    [Test]
    public void A_revision_without_the_list_lets_nothing_through()
    {
        using var repo = new TaskRepo();
        var head = repo.Git.Commit(TaskRepo.Monday, "B done", List);
        repo.Git.StatusEntries.Add(new GitStatusEntry(' ', 'M', List, null));

        var report = GuardService.Run(repo.Open(), TaskRepo.TaskId, "B", GuardScope.Uncommitted, repo.Root);

        head.Should().NotBeEmpty();
        report.Violations.Select(v => v.Change.Path).Should().Equal(List);
    }
}
