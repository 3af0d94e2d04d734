using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Guard;

public sealed class OrderCommandTests
{
    [Test]
    public void The_sequence_follows_the_merge_order_phases_with_one_step_a_line()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("order", "FEATURE-002");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Be(
            "FEATURE-002 merge order:\n" +
            "1. planner: this plan and the feature list.\n" +
            "2. coders: Track A (coder-a, done)\n" +
            "3. coders: Track B (coder-b, in-progress)\n" +
            "4. reviewer: Track C (reviewer / verifier, ready-after-a-and-b)\n" +
            "5. verifier: Track C runs `sh tests/run_all.sh` and records the evidence.\n" +
            "6. integrate: Integrate and decide the exit state.\n");
    }

    [Test]
    public void Tracks_with_no_order_between_them_merge_side_by_side_and_dependencies_come_first()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("docs/harness/feature-list.md", "## Shared File Rule",
            "### Track D: Export\n- Status\n  - in-progress\n- Owner\n  - coder-d\n- Owned Files\n  - `src/export.sh`\n" +
            "- Verify Signal\n  - `true`\n- Dependencies\n  - none\n\n" +
            "### Track E: Export Docs\n- Status\n  - in-progress\n- Owner\n  - coder-e\n- Owned Files\n  - `docs/export.md`\n" +
            "- Verify Signal\n  - `true`\n- Dependencies\n  - Track D\n\n## Shared File Rule");

        var result = repo.Harness("order", "FEATURE-002");

        result.Output.Should().Contain("2. coders: Track A (coder-a, done) | Track D (coder-d, in-progress)\n")
            .And.Contain("3. coders: Track B (coder-b, in-progress) | Track E (coder-e, in-progress)\n");
    }

    [Test]
    public void Check_fails_while_something_before_the_track_is_unfinished_and_passes_once_it_is_done()
    {
        using var repo = TempRepo.Sample();

        var waiting = repo.Harness("order", "FEATURE-002", "--check", "C");
        repo.Edit("docs/harness/feature-list.md", "  - in-progress", "  - done");
        var ready = repo.Harness("order", "FEATURE-002", "--check", "C");

        waiting.ExitCode.Should().Be(1, waiting.ToString());
        waiting.Output.Should().EndWith("Track C may not merge yet: Track B (coder-b, in-progress) must merge first\n");
        ready.ExitCode.Should().Be(0, ready.ToString());
        ready.Output.Should().EndWith("Track C may merge: Track A, Track B finished\n");
    }

    [Test]
    public void Check_waits_for_a_dependency_even_when_no_phase_names_it()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("docs/harness/feature-list.md", "- Dependencies\n  - none\n\n### Track C", "- Dependencies\n  - Track A\n\n### Track C")
            .Edit("docs/harness/feature-list.md", "  - done", "  - in-progress");
        repo.Edit("tasks/FEATURE-002-plan.md", "2. coders: Track A, then Track B (B rebases on A's `common.sh`).", "2. coders: Track B.");

        var result = repo.Harness("order", "FEATURE-002", "--check", "B");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("2. coders: Track A (coder-a, in-progress)\n3. coders: Track B")
            .And.EndWith("Track B may not merge yet: Track A (coder-a, in-progress) must merge first\n");
    }

    [Test]
    public void Mermaid_output_is_a_flowchart_with_a_subgraph_a_step()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("order", "FEATURE-002", "--format", "mermaid");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("flowchart TD\n  subgraph s1[\"1. planner\"]\n")
            .And.Contain("    s2_A[\"Track A: Assignee Filter Semantics<br/>coder-a, done\"]\n")
            .And.EndWith("  s4 --> s5\n  s5 --> s6\n");
    }

    [Test]
    public void Json_output_has_the_steps_and_the_check()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("order", "FEATURE-002", "--check", "C", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var steps = json.RootElement.GetProperty("steps");
        steps.GetArrayLength().Should().Be(6);
        steps[1].GetProperty("phase").GetString().Should().Be("coders");
        steps[1].GetProperty("tracks")[0].GetProperty("id").GetString().Should().Be("A");
        steps[1].GetProperty("tracks")[0].GetProperty("finished").GetBoolean().Should().BeTrue();
        var check = json.RootElement.GetProperty("check");
        check.GetProperty("mayMerge").GetBoolean().Should().BeFalse();
        check.GetProperty("waitingFor")[0].GetProperty("id").GetString().Should().Be("B");
    }

    [Test]
    public void Checking_an_unknown_track_is_bad_input()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("order", "FEATURE-002", "--check", "Z");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("task FEATURE-002 has no track 'Z'");
    }
}
