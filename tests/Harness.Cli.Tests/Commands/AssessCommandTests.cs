using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class AssessCommandTests
{
    private const string List = FeatureListText.ListPath;
    private const string Task = FeatureListText.TaskId;

    [Test]
    public void A_task_brief_is_single_agent()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("assess", "FEATURE-001");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("FEATURE-001: single-agent");
        result.Output.Should().Contain("met     one agent (tasks/FEATURE-001-brief.md:1)");
    }

    [Test]
    public void Parallel_tracks_with_current_passing_verifies_are_multi_agent()
    {
        using var repo = TwoCodersAndAReviewer();
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var (result, assessment) = Json(repo);

        result.ExitCode.Should().Be(0, result.ToString());
        assessment.GetProperty("verdict").GetString().Should().Be("multi-agent");
        assessment.GetProperty("parallel").EnumerateArray().Select(t => t.GetString()).Should().Equal("A", "B");
        Criteria(assessment).Should().OnlyContain(c => c.GetProperty("met").GetBoolean(), result.Output);
        var verify = Criterion(assessment, "current passing verify");
        verify.GetProperty("file").GetString().Should().StartWith(".harness/evidence/FEATURE-009/");
        verify.GetProperty("detail").GetString().Should().Contain("Tracks A, B");
    }

    [Test]
    public void The_same_tracks_before_any_verify_ran_are_a_stop()
    {
        using var repo = TwoCodersAndAReviewer();

        var result = repo.Harness("assess", Task);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().StartWith($"{Task}: stop");
        var line = result.Output.Split('\n').Single(l => l.Contains("current passing verify", StringComparison.Ordinal));
        line.Should().StartWith("  NOT met").And.Contain("Track A can run now but its latest verify is not current").And.Contain("also Track B");
        line.Should().Contain($"({List}:{LintRun.LineOf(repo, List, "### Track A")})");
    }

    [Test]
    public void Two_parallel_tracks_owning_one_file_are_a_stop()
    {
        using var repo = Repo(new FeatureListText()
            .Track(new TrackText("A", Owns: ["src/shared.sh"]))
            .Track(new TrackText("B", Owner: "coder-b", Owns: ["src/b.sh", "src/shared.sh"])));
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var (result, assessment) = Json(repo);

        result.ExitCode.Should().Be(1, result.ToString());
        assessment.GetProperty("verdict").GetString().Should().Be("stop");
        assessment.GetProperty("parallel").GetArrayLength().Should().Be(0);
        var disjoint = Criterion(assessment, "disjoint owned files");
        disjoint.GetProperty("met").GetBoolean().Should().BeFalse();
        disjoint.GetProperty("detail").GetString().Should().Contain("Track A and Track B can run at the same time and both own src/shared.sh");
        disjoint.GetProperty("file").GetString().Should().Be(List);
        disjoint.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, List, "`src/shared.sh`", occurrence: 2));
    }

    [Test]
    public void A_pending_approval_is_a_stop()
    {
        using var repo = Repo(new FeatureListText()
            .Track("A")
            .Track(new TrackText("B", Owner: "coder-b", Status: "needs-human-approval")));
        repo.Harness("verify", Task, "--all").ExitCode.Should().Be(0);

        var (result, assessment) = Json(repo);

        result.ExitCode.Should().Be(1, result.ToString());
        var approval = Criterion(assessment, "no pending approval");
        approval.GetProperty("met").GetBoolean().Should().BeFalse();
        approval.GetProperty("detail").GetString().Should().StartWith("Track B waits for a person's approval");
        approval.GetProperty("line").GetInt32().Should().Be(LintRun.LineOf(repo, List, "  - needs-human-approval"));
    }

    [Test]
    public void An_unknown_task_names_the_tasks_that_exist()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("assess", "FEATURE-404");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("FEATURE-404").And.Contain("FEATURE-001, FEATURE-002");
        result.Error.Should().NotContain("   at ");
    }

    [Test]
    public void The_planners_restart_prompt_and_packet_carry_the_assessment()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);

        var prompt = repo.Harness("restart", "FEATURE-002", "--as", "planner");
        var packet = repo.Harness("restart", "FEATURE-002", "--as", "planner", "--format", "json");
        var coder = repo.Harness("restart", "FEATURE-002", "--track", "B", "--format", "json");

        prompt.ExitCode.Should().Be(0, prompt.ToString());
        prompt.Output.Should().Contain("## Assessment: multi-agent (may run in parallel now: B)")
            .And.Contain("- met: current passing verify: Track B, which can run now, has a current passing verify (.harness/evidence/FEATURE-002/");
        var assessment = JsonDocument.Parse(packet.Output).RootElement.GetProperty("assessment");
        assessment.GetProperty("verdict").GetString().Should().Be("multi-agent");
        assessment.GetProperty("parallel").EnumerateArray().Select(t => t.GetString()).Should().Equal("B");
        JsonDocument.Parse(coder.Output).RootElement.TryGetProperty("assessment", out _).Should().BeFalse();
    }

    /// <summary>Coder tracks A and B with no order between them, and a reviewer track C after both.</summary>
    private static TempRepo TwoCodersAndAReviewer() => Repo(new FeatureListText()
        .Track("A")
        .Track(new TrackText("B", Owner: "coder-b"))
        .Track(new TrackText("C", Owner: "reviewer-c", Owns: ["docs/review.md"], Dependencies: ["A", "B"])));

    /// <summary>A committed git repo with the feature list, its plan, a Progress Note and a passing tests/run.sh.</summary>
    private static TempRepo Repo(FeatureListText list)
    {
        var repo = LintRun.Repo(list, git: true);
        repo.Write("tests/run.sh", "exit 0\n").CommitAll("feature");
        return repo;
    }

    private static (CliResult Result, JsonElement Assessment) Json(TempRepo repo)
    {
        var result = repo.Harness("assess", Task, "--format", "json");
        return (result, JsonDocument.Parse(result.Output).RootElement);
    }

    private static List<JsonElement> Criteria(JsonElement assessment) => assessment.GetProperty("criteria").EnumerateArray().ToList();

    private static JsonElement Criterion(JsonElement assessment, string name) =>
        Criteria(assessment).Single(c => c.GetProperty("name").GetString() == name);
}
