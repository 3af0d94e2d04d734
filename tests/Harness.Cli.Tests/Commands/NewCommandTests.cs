using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

public sealed class NewCommandTests
{
    [Test]
    public void A_long_running_task_gets_a_plan_a_note_and_claims_the_scaffolded_feature_list()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init");

        var result = repo.Harness("new", "FEATURE-003", "--title", "Sort tickets", "--track", "A:coder-a", "--track", "B:coder-b");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("created tasks/FEATURE-003-plan.md")
            .And.Contain("created tasks/FEATURE-003-progress.md")
            .And.Contain("updated docs/harness/feature-list.md");
        var list = repo.Read("docs/harness/feature-list.md");
        list.Should().StartWith("---\nfeature: FEATURE-003\n---\n");
        list.Should().Contain("### Track A").And.Contain("### Track B").And.Contain("## Operating Rules");
    }

    [Test]
    public void A_second_long_running_task_gets_a_feature_list_of_its_own_and_leaves_the_first_alone()
    {
        using var repo = TempRepo.Git();
        repo.Harness("init");
        repo.Harness("new", "FEATURE-003", "--title", "Sort tickets");
        var first = repo.Read("docs/harness/feature-list.md");

        var result = repo.Harness("new", "FEATURE-004", "--title", "Export tickets");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("created docs/harness/feature-list-FEATURE-004.md");
        repo.Read("docs/harness/feature-list.md").Should().Be(first);
        repo.Read("docs/harness/feature-list-FEATURE-004.md").Should().Contain("feature: FEATURE-004");
    }

    [Test]
    public void A_single_agent_task_gets_a_brief_and_a_note()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("new", "BUG-001", "--title", "Fix the crash", "--single-agent");

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Read("tasks/BUG-001-brief.md").Should().StartWith("# BUG-001 Brief");
        repo.Read("tasks/BUG-001-progress.md").Should().StartWith("# BUG-001 Progress Note");
    }

    [Test]
    public void An_id_in_use_is_refused_with_exit_2_and_nothing_changes()
    {
        using var repo = TempRepo.Git();
        repo.Harness("new", "BUG-001", "--title", "Fix the crash", "--single-agent");
        var brief = repo.Read("tasks/BUG-001-brief.md");

        var result = repo.Harness("new", "BUG-001", "--title", "Again", "--single-agent");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("BUG-001").And.Contain("exists");
        repo.Read("tasks/BUG-001-brief.md").Should().Be(brief);
    }

    [Test]
    public void An_id_that_does_not_match_the_pattern_is_refused_and_the_pattern_is_configurable()
    {
        using var repo = TempRepo.Git();
        repo.Harness("new", "ticket7", "--title", "x", "--single-agent").ExitCode.Should().Be(2);

        repo.Write("harness.yml", "idPattern: \"ticket[0-9]+\"\n");
        var result = repo.Harness("new", "ticket7", "--title", "x", "--single-agent");

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Exists("tasks/ticket7-brief.md").Should().BeTrue();
    }

    [Test]
    public void A_missing_title_is_a_usage_error()
    {
        using var repo = TempRepo.Git();

        var result = repo.Harness("new", "BUG-001");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--title");
    }
}
