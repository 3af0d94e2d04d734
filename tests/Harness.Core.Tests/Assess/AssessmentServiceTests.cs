using Harness.Core.Assess;
using Harness.Core.Model.Assessment;
using Harness.Core.Restart;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Assess;

public sealed class AssessmentServiceTests
{
    [Test]
    public void A_task_whose_second_track_depends_on_the_first_is_assessed_with_each_criterion_and_agrees_with_the_planners_packet()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Passed("A", "sh tests/test_read_flag.sh", commit);

        var assessment = AssessmentService.Assess(repo.Open(), TaskRepo.TaskId);

        assessment.TaskId.Should().Be(TaskRepo.TaskId);
        assessment.Verdict.Should().Be(Verdicts.MultiAgent, string.Join("; ", assessment.Criteria.Select(c => $"{c.Name}={c.Met}: {c.Detail}")));
        assessment.Parallel.Should().Equal("A");
        assessment.Criteria.Should().Contain(c => c.Name == "restart packet complete" && c.Met);
        var planner = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: null, Role: RestartPacketBuilder.PlannerRole));
        planner.Assessment.Should().BeEquivalentTo(assessment);
    }
}
