using System.Text;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.State;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Model.State;

/// <summary>
/// A track's status and verify rolled up from the task its Sub-task field names, over the git fake: FEAT-1's
/// Track B hands its work to FEAT-2 (and deeper, where a test says so).
/// </summary>
public sealed class SubTaskTreeTests
{
    [Test]
    public void A_track_is_done_when_every_track_of_its_sub_task_is_finished_and_passes_when_all_pass()
    {
        using var repo = new TaskRepo();
        Parent(repo, "ready");
        repo.Write(ListPath("FEAT-2"), List("FEAT-2", ("A", "done", null), ("B", "verified", null)));
        var head = repo.Git.Commit(TaskRepo.Monday, "FEAT-2", "src/feat2.sh");
        Passed(repo, "FEAT-2", "A", head);
        Passed(repo, "FEAT-2", "B", head);

        var b = RollUpB(repo);

        b.Status.Should().Be(TrackStatus.Done);
        b.Verify.Should().Be(VerifyState.Pass);
        b.SubTask!.Should().BeEquivalentTo(new { TaskId = "FEAT-2", Found = true, Done = 2, Total = 2 });
        b.SubTask.Line.Location.Line.Should().Be(ParentSubTaskLine);
    }

    [Test]
    public void A_track_is_in_progress_once_a_track_of_its_sub_task_has_started_and_its_verify_is_the_worst()
    {
        using var repo = new TaskRepo();
        Parent(repo, "ready");
        repo.Write(ListPath("FEAT-2"), List("FEAT-2", ("A", "done", null), ("B", "in-progress", null), ("C", "ready", null)));
        var head = repo.Git.Commit(TaskRepo.Monday, "FEAT-2", "src/feat2.sh");
        Passed(repo, "FEAT-2", "A", head);
        Failed(repo, "FEAT-2", "B", head);

        var b = RollUpB(repo);

        b.Status.Should().Be(TrackStatus.InProgress);
        b.Verify.Should().Be(VerifyState.Fail, "a failure outranks a pass and a track with no verify");
        b.SubTask!.Done.Should().Be(1);
    }

    [Test]
    public void A_track_whose_sub_task_has_not_started_keeps_its_status_as_written_and_one_pass_does_not_hide_a_missing_verify()
    {
        using var repo = new TaskRepo();
        Parent(repo, "blocked");
        repo.Write(ListPath("FEAT-2"), List("FEAT-2", ("A", "ready", null), ("B", "ready-after-a", null)));
        var head = repo.Git.Commit(TaskRepo.Monday, "FEAT-2", "src/feat2.sh");
        Passed(repo, "FEAT-2", "A", head);

        var b = RollUpB(repo);

        b.Status.Should().Be(TrackStatus.Blocked);
        b.Verify.Should().Be(VerifyState.None);
    }

    [TestCase(new[] { VerifyState.Pass, VerifyState.Pass }, VerifyState.Pass)]
    [TestCase(new[] { VerifyState.Pass, VerifyState.None }, VerifyState.None)]
    [TestCase(new[] { VerifyState.None, VerifyState.Unknown, VerifyState.Pass }, VerifyState.Unknown)]
    [TestCase(new[] { VerifyState.Unknown, VerifyState.Stale }, VerifyState.Stale)]
    [TestCase(new[] { VerifyState.Stale, VerifyState.Fail, VerifyState.Pass }, VerifyState.Fail)]
    [TestCase(new VerifyState[0], VerifyState.None)]
    public void Verify_rolls_up_as_pass_only_when_all_pass_else_the_worst(VerifyState[] states, VerifyState expected)
    {
        TrackVerify.Worst(states).Should().Be(expected);
    }

    [Test]
    public void A_stale_pass_of_a_sub_task_track_makes_the_track_stale()
    {
        using var repo = new TaskRepo();
        Parent(repo, "in-progress");
        repo.Write(ListPath("FEAT-2"), List("FEAT-2", ("A", "done", null), ("B", "done", null)));
        var first = repo.Git.Commit(TaskRepo.Monday, "FEAT-2", "src/feat2.sh");
        Passed(repo, "FEAT-2", "A", first);
        Passed(repo, "FEAT-2", "B", first);
        repo.Git.Commit(TaskRepo.Monday.AddHours(2), "more", "src/more.sh");

        RollUpB(repo).Verify.Should().Be(VerifyState.Stale);
    }

    [Test]
    public void Nested_sub_tasks_roll_up_from_the_bottom()
    {
        using var repo = new TaskRepo();
        Parent(repo, "ready");
        repo.Write(ListPath("FEAT-2"), List("FEAT-2", ("A", "ready", "FEAT-3")));
        repo.Write(ListPath("FEAT-3"), List("FEAT-3", ("A", "done", null), ("B", "done", null)));
        var head = repo.Git.Commit(TaskRepo.Monday, "FEAT-3", "src/feat3.sh");
        Passed(repo, "FEAT-3", "A", head);
        Passed(repo, "FEAT-3", "B", head);

        var b = RollUpB(repo);

        b.Status.Should().Be(TrackStatus.Done);
        b.Verify.Should().Be(VerifyState.Pass);
        var middle = b.SubTask!.Tracks.Single();
        middle.Status.Should().Be(TrackStatus.Done);
        middle.SubTask!.TaskId.Should().Be("FEAT-3");
    }

    [Test]
    public void A_chain_of_sub_tasks_as_deep_as_the_repo_writes_it_rolls_up_without_deepening_the_call_stack()
    {
        using var repo = new TaskRepo();
        const int depth = 3000;
        Parent(repo, "ready");
        for (var i = 2; i < depth; i++)
        {
            repo.Write(ListPath($"FEAT-{i}"), List($"FEAT-{i}", ("A", "ready", $"FEAT-{i + 1}")));
        }
        repo.Write(ListPath($"FEAT-{depth}"), List($"FEAT-{depth}", ("A", "done", null)));

        var thread = new Thread(() => RollUpB(repo).Status.Should().Be(TrackStatus.Done), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
    }

    [Test]
    public void A_cycle_of_sub_tasks_is_found_once_and_never_followed()
    {
        using var repo = new TaskRepo();
        Parent(repo, "in-progress");
        repo.Write(ListPath("FEAT-2"), List("FEAT-2", ("A", "done", "FEAT-3")));
        repo.Write(ListPath("FEAT-3"), List("FEAT-3", ("A", "done", "FEAT-1")));

        var b = RollUpB(repo);

        var back = b.SubTask!.Tracks.Single().SubTask!.Tracks.Single();
        back.SubTask!.Cycle.Should().Equal("FEAT-1", "FEAT-2", "FEAT-3", "FEAT-1");
        back.Status.Should().Be(TrackStatus.Done, "a circle leaves the track as written");
        var cycle = SubTaskGraph.Of(repo.Open()).Cycles().Should().ContainSingle().Subject;
        cycle.Path.Should().Be("FEAT-1 → FEAT-2 → FEAT-3 → FEAT-1");
        cycle.Links[0].Track.Id.Should().Be("B");
    }

    [Test]
    public void A_sub_task_no_task_answers_to_is_not_found_and_leaves_the_track_as_written()
    {
        using var repo = new TaskRepo();
        Parent(repo, "in-progress", "FEAT-9");

        var b = RollUpB(repo);

        b.Status.Should().Be(TrackStatus.InProgress);
        b.SubTask!.Found.Should().BeFalse();
        b.SubTask.TaskId.Should().Be("FEAT-9");
    }

    [Test]
    public void The_field_is_read_with_a_bold_label_a_full_width_colon_backticks_and_from_a_table_column()
    {
        using var repo = new TaskRepo();
        repo.Write(TaskRepo.FeatureListPath, """
            # Feature List

            ## Purpose
            - FEAT-1 を分ける。

            ## Tracks

            | Track | Status | Owner | Owned Files | Verify Signal | Dependencies | Sub-task |
            |---|---|---|---|---|---|---|
            | A | in-progress | coder-a | `src/a.sh` | `sh a.sh` | なし | FEAT-2（認証まわり） |

            ### Track B: 画面
            - **Sub-task**：`FEAT-3`
            - Status: ready

            """);

        var list = repo.Open().FeatureListOf("FEAT-1")!;

        list.FindTrack("A")!.SubTask!.Text.Should().Be("FEAT-2");
        list.FindTrack("B")!.SubTask!.Should().BeEquivalentTo(new { Text = "FEAT-3", Location = new { Line = 13, Column = 17 } });
    }

    private const int ParentSubTaskLine = 19;

    private static RolledUpTrack RollUpB(TaskRepo repo)
    {
        var workspace = repo.Open();
        var state = new TaskState(workspace, workspace.GetTask(TaskRepo.TaskId), new GitFacts(workspace.Git));
        return SubTaskTree.For(state).Of(TaskRepo.TaskId, state.FeatureList!.FindTrack("B")!);
    }

    // FEAT-1: Track A as written, Track B handing its work to a sub-task (its Sub-task line is ParentSubTaskLine).
    private static void Parent(TaskRepo repo, string statusOfB, string subTask = "FEAT-2") =>
        repo.Write(TaskRepo.FeatureListPath, $"""
            # Feature List

            ## Purpose
            - FEAT-1（通知の既読管理）をセッションをまたいで保つ。

            ## Tracks

            ### Track A: 既読フラグ
            - Status: in-progress
            - Owner: coder-a
            - Owned Files
              - `src/read_flag.sh`
            - Verify Signal: `sh tests/test_read_flag.sh`
            - Dependencies: none

            ### Track B: 一覧表示
            - Status: {statusOfB}
            - Owner: planner-b
            - Sub-task: {subTask}
            - Owned Files: none
            - Verify Signal: `sh tests/test_list.sh`
            - Dependencies: none

            """);

    private static string ListPath(string feature) => $"docs/harness/feature-list-{feature}.md";

    private static string List(string feature, params (string Id, string Status, string? SubTask)[] tracks)
    {
        var text = new StringBuilder($"# Feature List\n\n## Purpose\n- {feature} の一部。\n\n## Tracks\n");
        foreach (var (id, status, subTask) in tracks)
        {
            text.Append($"\n### Track {id}\n- Status: {status}\n- Owner: coder-{id.ToLowerInvariant()}\n");
            if (subTask is not null)
            {
                text.Append($"- Sub-task: {subTask}\n");
            }
            text.Append($"- Owned Files: `src/{feature}-{id}.sh`\n- Verify Signal: `sh {feature}-{id}.sh`\n- Dependencies: none\n");
        }
        return text.ToString();
    }

    private static void Passed(TaskRepo repo, string task, string track, string commit) => Record(repo, task, track, commit, 0, VerifyOutcome.Passed);

    private static void Failed(TaskRepo repo, string task, string track, string commit) => Record(repo, task, track, commit, 1, VerifyOutcome.Failed);

    private static void Record(TaskRepo repo, string task, string track, string commit, int exit, string outcome) =>
        EvidenceWriter.Write(Path.Combine(repo.Root, ".harness", "evidence", task), new EvidenceRecord
        {
            TaskId = task, Track = track, Command = $"sh {task}-{track}.sh", ExitCode = exit, Outcome = outcome,
            StartedAt = TaskRepo.Monday.AddHours(1), Commit = commit, Dirty = false,
        });
}
