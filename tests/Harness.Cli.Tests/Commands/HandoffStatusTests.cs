using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>`harness handoff --status` moves the track through its states in the feature list, and its owner may commit that line.</summary>
public sealed class HandoffStatusTests
{
    private const string List = "docs/harness/feature-list.md";

    [TestCase("done")]
    [TestCase("blocked")]
    [TestCase("needs-human-approval")]
    public void An_exit_state_is_written_into_the_tracks_status_and_nothing_else_changes(string state)
    {
        using var repo = TempRepo.Handwritten();
        var before = File.ReadAllBytes(repo.PathOf(List));

        var result = repo.Harness("handoff", "FEATURE-002", "--track", "B", "--to", "reviewer", "--status", state);

        result.ExitCode.Should().Be(0, result.ToString());
        var expected = System.Text.Encoding.UTF8.GetString(before).Replace("- **Status**: in-progress", $"- **Status**: {state}", StringComparison.Ordinal);
        repo.Read(List).Should().Be(expected);
        repo.Read(List).Should().Contain("- Status: in-progress", "Track A's Status is not Track B's");
    }

    [Test]
    public void A_table_cell_keeps_its_row_and_partial_leaves_the_status_as_written()
    {
        using var repo = TempRepo.Handwritten();
        const string table = "docs/harness/feature-list-FEATURE-003.md";
        var original = repo.Read(table);

        repo.Harness("handoff", "FEATURE-003", "--track", "A", "--to", "coder-d").ExitCode.Should().Be(0);
        repo.Read(table).Should().Be(original);
        repo.Harness("handoff", "FEATURE-003", "--track", "A", "--to", "coder-d", "--status", "done").ExitCode.Should().Be(0);

        repo.Read(table).Should().Be(original.Replace("| A | ready-for-coder-c |", "| A | done |", StringComparison.Ordinal));
    }

    [Test]
    public void An_unknown_exit_state_is_refused_in_one_line_listing_the_valid_ones_and_nothing_is_written()
    {
        using var repo = TempRepo.Sample();
        var list = repo.Read(List);

        var result = repo.Harness("handoff", "FEATURE-002", "--track", "B", "--to", "x", "--status", "finished");

        result.ExitCode.Should().Be(2);
        result.Error.Should().ContainAll("finished", "done", "blocked", "needs-human-approval", "partial");
        repo.Read(List).Should().Be(list);
        repo.Exists("tasks/FEATURE-002-handoffs").Should().BeFalse();
    }

    [Test]
    public void The_owner_commits_its_own_status_line_but_no_other_line_of_the_feature_list()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("handoff", "FEATURE-002", "--track", "B", "--to", "reviewer", "--status", "done").ExitCode.Should().Be(0);
        repo.RunGit("add", "-A");

        var own = repo.Harness("guard", "FEATURE-002", "--track", "B", "--staged");
        own.ExitCode.Should().Be(0, own.ToString());
        var other = repo.Harness("guard", "FEATURE-002", "--track", "A", "--staged");
        other.ExitCode.Should().Be(1, "Track A may not set Track B's Status");
        other.Output.Should().Contain(List);

        repo.Edit(List, "## Tracks", "## Tracks\n\nB is done.");
        repo.RunGit("add", "-A");
        var more = repo.Harness("guard", "FEATURE-002", "--track", "B", "--staged");
        more.ExitCode.Should().Be(1, "a line beside the Status line is not the track's to change");
        more.Output.Should().Contain(List);
    }

    [Test]
    public void The_planner_owns_the_feature_list_and_the_plan_but_no_tracks_files()
    {
        using var repo = TempRepo.Sample();
        repo.Edit(List, "## Tracks", "## Tracks\n\nB goes last.");
        repo.Edit("tasks/FEATURE-002-plan.md", "#", "# planned\n#");

        var planner = repo.Harness("guard", "FEATURE-002", "--track", "planner");
        planner.ExitCode.Should().Be(0, planner.ToString());

        repo.Edit("src/support_hub/audit_log.sh", "#", "# edited\n#");
        var code = repo.Harness("guard", "FEATURE-002", "--track", "planner");
        code.ExitCode.Should().Be(1);
        code.Output.Should().Contain("src/support_hub/audit_log.sh").And.NotContain(List);
    }
}
