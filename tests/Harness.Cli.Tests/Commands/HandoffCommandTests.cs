using System.Text.RegularExpressions;
using Harness.Cli.Tests.Support;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Tests.Commands;

public sealed class HandoffCommandTests
{
    [Test]
    public void A_handoff_is_prefilled_from_the_track_git_and_evidence_and_reads_back_clean()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("verify", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        repo.Edit("src/support_hub/audit_log.sh", "#", "# edited\n#");

        var result = repo.Harness("handoff", "FEATURE-002", "--track", "B", "--to", "reviewer: verifier", "--status", "partial");

        result.ExitCode.Should().Be(0, result.ToString());
        var path = Regex.Match(result.Output, @"created (\S+)").Groups[1].Value;
        path.Should().MatchRegex(@"^tasks/FEATURE-002-handoffs/\d{8}T\d{6}Z-track-b\.md$");
        var text = repo.Read(path);
        text.Should().Contain("## Goal\n- Log every assignment change with a sequence number, and refuse a change to the same assignee.\n")
            .And.Contain("## Owned Files\n- `src/support_hub/audit_log.sh`\n- `src/support_hub/common.sh`\n- `tests/test_audit_log.sh`\n")
            .And.Contain("## Verify\n- `sh tests/test_audit_log.sh` passes.\n")
            .And.Contain("## Next Owner\n- reviewer: verifier\n")
            .And.Contain("## Exit State\n- partial\n")
            .And.Contain("## Changed Files\n- `src/support_hub/audit_log.sh`\n")
            .And.MatchRegex(@"## Verification\n- `sh tests/test_audit_log.sh` : pass \(Track B, [0-9a-f]{7}, ")
            .And.Contain("## Remaining Gaps\n- Not yet: Changes are logged in order")
            .And.Contain("## Notes\n\n## Concerns\n\n## Deviations\n\n## Findings\n\n## Feedback\n");
        var handoff = Workspace.Open(repo.Root).ReadHandoff(path);
        handoff.Should().NotBeNull();
        handoff!.Diagnostics.Should().BeEmpty();
        handoff.To!.Text.Should().Be("reviewer: verifier");
        handoff.From!.Text.Should().Be("coder-b");
        handoff.Track!.Text.Should().Be("B");
    }

    [Test]
    public void Without_evidence_the_verification_says_how_to_get_it_and_done_has_no_gaps()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("handoff", "FEATURE-002", "--track", "A", "--to", "coder-b", "--status", "done");

        result.ExitCode.Should().Be(0, result.ToString());
        var text = repo.Read(Regex.Match(result.Output, @"created (\S+)").Groups[1].Value);
        text.Should().Contain("## Verification\n- none recorded; run `harness verify FEATURE-002 --track A`\n")
            .And.Contain("## Remaining Gaps\n- none\n").And.Contain("## Changed Files\n- none\n");
    }

    [Test]
    public void A_track_without_a_verify_command_is_told_where_to_put_it_and_its_missing_goal_is_a_placeholder_lint_finds()
    {
        using var repo = HandWrittenTask.Repo();
        var signalLine = LintRun.LineOf(repo, HandWrittenTask.ListPath, "- Verify Signal", occurrence: 2);

        var result = repo.Harness("handoff", HandWrittenTask.Id, "--track", "B", "--to", "coder-c");

        result.ExitCode.Should().Be(0, result.ToString());
        var path = Regex.Match(result.Output, @"created (\S+)").Groups[1].Value;
        var text = repo.Read(path);
        text.Should().Contain($"## Verification\n- none recorded; put the command in backticks in the Verify Signal of Track B at {HandWrittenTask.ListPath}:{signalLine}\n")
            .And.NotContain("harness verify")
            .And.Contain("## Goal\n- Write what this track delivers.\n");
        var (_, findings) = LintRun.Json(repo);
        LintAssert.Single(findings, "HRN024", path, LintRun.LineOf(repo, path, "Write what this track delivers.")).Column.Should().Be(3);
    }

    [Test]
    public void An_unknown_track_or_a_single_agent_task_is_an_input_error()
    {
        using var repo = TempRepo.Sample();

        repo.Harness("handoff", "FEATURE-002", "--track", "Z", "--to", "x").ExitCode.Should().Be(2);
        var single = repo.Harness("handoff", "FEATURE-001", "--track", "A", "--to", "x");
        single.ExitCode.Should().Be(2);
        single.Error.Should().Contain("no feature list");
        repo.Exists("tasks/FEATURE-002-handoffs").Should().BeFalse();
    }
}
