using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Approvals;

/// <summary>
/// Every command's machine output and lint's four formats, held by approval files beside this source
/// (Name.approved.txt; HARNESS_ACCEPT=1 writes them anew, then review their diff).
/// </summary>
public sealed class OutputApprovalTests
{
    [TestCase("lint-text", "text")]
    [TestCase("lint-json", "json")]
    [TestCase("lint-sarif", "sarif")]
    [TestCase("lint-github", "github")]
    public void Lint_with_an_error_a_warning_and_an_info(string name, string format)
    {
        using var repo = LintRun.Repo(new FeatureListText().Track(new TrackText("A", Status: "someday")).Track("B", "Z"));

        Approval.Verify(name, repo.Harness("lint", "--format", format), repo);
    }

    [TestCase("handwritten-lint-text", "text")]
    [TestCase("handwritten-lint-json", "json")]
    [TestCase("handwritten-lint-sarif", "sarif")]
    public void Lint_of_the_handwritten_repo(string name, string format)
    {
        using var repo = TempRepo.Handwritten();

        Approval.Verify(name, repo.Harness("lint", "--format", format), repo);
    }

    [Test]
    public void Lint_of_the_clean_sample_in_json()
    {
        using var repo = TempRepo.Sample();

        Approval.Verify("sample-lint-json", repo.Harness("lint", "--format", "json"), repo);
    }

    [TestCase("guard-violation-text", "text")]
    [TestCase("guard-violation-json", "json")]
    [TestCase("guard-violation-github", "github")]
    public void Guard_with_a_file_of_another_track(string name, string format)
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/assignee_filter.sh", "# changed\n").Write("src/support_hub/audit_log.sh", "# changed\n");

        Approval.Verify(name, repo.Harness("guard", "FEATURE-002", "--track", "B", "--format", format), repo);
    }

    [Test]
    public void Guard_clean_in_json()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/audit_log.sh", "# changed\n");

        Approval.Verify("guard-clean-json", repo.Harness("guard", "FEATURE-002", "--track", "B", "--format", "json"), repo);
    }

    [TestCase("restart-planner-json", "FEATURE-002")]
    [TestCase("restart-track-b-json", "FEATURE-002", "--track", "B", "--allow-incomplete")]
    [TestCase("restart-single-agent-json", "FEATURE-001", "--allow-incomplete")]
    public void Restart_packet_in_json(string name, params string[] args)
    {
        using var repo = TempRepo.Sample();

        Approval.Verify(name, repo.Harness(["restart", .. args, "--format", "json"]), repo);
    }

    [Test]
    public void Restart_incomplete_in_json()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf("tasks/FEATURE-002-progress.md"));

        Approval.Verify("restart-incomplete-json", repo.Harness("restart", "FEATURE-002", "--track", "B", "--format", "json", "--allow-incomplete"), repo);
    }

    [TestCase("status-all-json", "--format", "json")]
    [TestCase("status-one-json", "FEATURE-002", "--format", "json")]
    [TestCase("status-all-text")]
    public void Status(string name, params string[] args)
    {
        using var repo = TempRepo.Sample();

        Approval.Verify(name, repo.Harness(["status", .. args]), repo);
    }

    [TestCase("assess-long-running-json", "FEATURE-002", "json")]
    [TestCase("assess-single-agent-json", "FEATURE-001", "json")]
    [TestCase("assess-long-running-text", "FEATURE-002", "text")]
    public void Assess(string name, string task, string format)
    {
        using var repo = TempRepo.Sample();

        Approval.Verify(name, repo.Harness("assess", task, "--format", format), repo);
    }

    [TestCase("order-json", "json")]
    [TestCase("order-text", "text")]
    [TestCase("order-mermaid", "mermaid")]
    public void Order(string name, string format)
    {
        using var repo = TempRepo.Sample();

        Approval.Verify(name, repo.Harness("order", "FEATURE-002", "--format", format), repo);
    }

    [Test]
    public void Order_check_in_json()
    {
        using var repo = TempRepo.Sample();

        Approval.Verify("order-check-json", repo.Harness("order", "FEATURE-002", "--check", "C", "--format", "json"), repo);
    }

    [TestCase("handwritten-status-json", "status", "--format", "json")]
    [TestCase("handwritten-restart-json", "restart", "FEATURE-002", "--track", "B", "--format", "json", "--allow-incomplete")]
    [TestCase("handwritten-assess-json", "assess", "FEATURE-002", "--format", "json")]
    public void Handwritten(string name, params string[] args)
    {
        using var repo = TempRepo.Handwritten();

        Approval.Verify(name, repo.Harness(args), repo);
    }

    [TestCase("usage-guard-files-with-staged", "guard", "FEATURE-002", "--track", "B", "--files", "a", "--staged")]
    [TestCase("usage-restart-id-and-current", "restart", "FEATURE-002", "--current")]
    [TestCase("usage-restart-neither", "restart")]
    [TestCase("usage-unknown-format", "lint", "--format", "xml")]
    public void Usage_errors(string name, params string[] args)
    {
        using var repo = TempRepo.Sample();

        Approval.Verify(name, repo.Harness(args), repo);
    }
}
