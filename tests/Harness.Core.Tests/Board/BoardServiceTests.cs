using Harness.Core.Board;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;
using Harness.Core.Model.Worktrees;
using Harness.Core.Status;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Board;

/// <summary>The board's report from the status report and an agents report, over the git fake: no markup, every fact the page shows.</summary>
public sealed class BoardServiceTests
{
    private static readonly DateTimeOffset Now = TaskRepo.Monday.AddDays(1);

    [Test]
    public void Each_track_is_a_card_with_its_status_owner_verify_depth_and_merge_step()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Passed("A", "sh tests/test_read_flag.sh", commit);

        var task = Board(repo, agents: null).Tasks.Single();

        task.Id.Should().Be(TaskRepo.TaskId);
        task.NextStep.Should().Be("Track A のテストを一つ足す。", "the Next Step is quoted as written");
        task.NoteStatus.Should().Be("in-progress");
        var a = task.Cards.Single(c => c.TrackId == "A");
        a.Should().BeEquivalentTo(new
        {
            Title = "既読フラグ", Status = "in-progress", Kind = TrackStatus.InProgress, Owner = "coder-a", Verify = VerifyState.Pass, MergeStep = (int?)1, Depth = 0,
        });
        a.Age!.Kind.Should().Be("verify");
        a.Age.Age.Should().Be(Now - TaskRepo.Monday.AddHours(1));
        var b = task.Cards.Single(c => c.TrackId == "B");
        b.Should().BeEquivalentTo(new { Owner = "coder-b", Verify = VerifyState.None, MergeStep = (int?)2, Depth = 1 });
        b.Age.Should().BeNull("Track B has no evidence and no agent");
        b.Worktrees.Should().BeEmpty();
        task.Edges.Should().Equal(new BoardEdge("A", "B"));
        task.MergeOrder.Select(s => string.Join(",", s.Tracks)).Should().Equal(["A", "B", ""], "the integration step merges no track");
        task.MergeOrderProblems.Should().BeEmpty();
    }

    [Test]
    public void A_track_shows_its_agents_work_tree_verify_and_newest_artifact_and_the_conflicts_come_through()
    {
        using var repo = new TaskRepo();
        repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh");
        var tree = Path.Combine(repo.Root, "..", "feat-1-b");
        var agent = new AgentView(AgentPlace.Worktree, tree, "feat-1/b", TaskRepo.TaskId, "b", "coder-b", "in-progress", 1, 0,
            ["src/list.sh"], [], [], VerifyState.Fail, "it failed", new ArtifactStamp(TaskRepo.NotePath, Now.AddHours(-3)),
            new ArtifactStamp("tasks/handoffs/FEAT-1/b.md", Now.AddHours(-5)), null);
        var conflict = new Diagnostic("AGT001", Severity.Error, new SourceLocation(TaskRepo.FeatureListPath, 28, 5),
            $"work tree {tree} (FEAT-1 Track B) and work tree x (FEAT-2 Track A) both changed src/list.sh");
        var agents = new AgentsReport("main", "default", "abc", Now, [agent], [conflict]);

        var report = Board(repo, agents);

        report.Base.Should().Be("main");
        report.Conflicts.Should().Equal(conflict);
        var b = report.Tasks.Single().Cards.Single(c => c.TrackId == "B");
        b.Worktrees.Should().Equal(new BoardWorktree(AgentPlace.Worktree, tree, "feat-1/b"));
        b.Verify.Should().Be(VerifyState.Fail, "the agent's own work tree holds its live verify");
        b.Age.Should().Be(new BoardAge("note", TaskRepo.NotePath, Now.AddHours(-3), TimeSpan.FromHours(3)));
        report.Tasks.Single().Cards.Single(c => c.TrackId == "A").Worktrees.Should().BeEmpty("the agent works on Track B");
    }

    [Test]
    public void An_unreadable_merge_order_is_shown_as_its_problem_with_the_dependencies_still_drawn()
    {
        using var repo = new TaskRepo();
        repo.Write("tasks/FEAT-1-plan.md", "# FEAT-1 Plan\n\n## Goal\n- 通知。\n\n## Merge Order\n1. coders: Track Z first.\n");

        var task = Board(repo, agents: null).Tasks.Single();

        task.MergeOrder.Should().BeEmpty();
        task.MergeOrderProblems.Should().ContainSingle().Which.RuleId.Should().Be(RuleIds.MergeOrderStepUnreadable);
        task.Cards.Should().OnlyContain(c => c.MergeStep == null);
        task.Edges.Should().Equal(new BoardEdge("A", "B"));
    }

    private static BoardReport Board(TaskRepo repo, AgentsReport? agents)
    {
        var workspace = repo.Open();
        return BoardService.Run(workspace, new BoardRequest(StatusService.Run(workspace, null, Now), agents, Now));
    }
}
