using Harness.Core.Assess;
using Harness.Core.Model.Assessment;
using Harness.Core.Restart;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Assess;

public sealed class AssessServiceTests
{
    [Test]
    public void A_plan_without_non_goals_and_a_shared_file_rule_stops_the_split_and_the_planners_packet_says_the_same()
    {
        using var repo = new TaskRepo();
        var commit = repo.Git.Commit(TaskRepo.Monday, "既読フラグ", "src/read_flag.sh", TaskRepo.NotePath);
        repo.Passed("A", "sh tests/test_read_flag.sh", commit);

        var assessment = AssessService.Run(repo.Open(), TaskRepo.TaskId);

        assessment.TaskId.Should().Be(TaskRepo.TaskId);
        assessment.Verdict.Should().Be(Verdicts.Stop);
        assessment.Parallel.Should().BeEmpty();
        assessment.Criteria.Where(c => !c.Met).Should().ContainSingle()
            .Which.Should().Match<AssessmentCriterion>(c => c.Name == "plan scope frozen" && c.Detail.Contains("Non-goals") && c.File == "tasks/FEAT-1-plan.md");
        assessment.Criteria.Should().Contain(c => c.Name == "current passing verify" && c.Met);
        assessment.Criteria.Should().Contain(c => c.Name == "restart packet complete" && c.Met);
        var planner = RestartPacketBuilder.Build(repo.Open(), new RestartRequest(TaskRepo.TaskId, Current: false, Track: null, Role: RestartPacketBuilder.PlannerRole));
        planner.Assessment.Should().BeEquivalentTo(assessment);
    }
}
