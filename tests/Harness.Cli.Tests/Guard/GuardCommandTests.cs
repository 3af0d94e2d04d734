using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Guard;

public sealed class GuardCommandTests
{
    private const string Shared = "src/support_hub/common.sh";

    [Test]
    public void Guard_base_without_git_on_path_says_git_is_not_installed_not_that_git_does_not_know_head()
    {
        using var repo = TempRepo.Sample();
        var noGit = Directory.CreateTempSubdirectory("harness-no-git-").FullName;
        try
        {
            var result = HarnessRunner.RunProcessWithPath(repo.Root, noGit, "guard", "FEATURE-002", "--track", "B", "--base", "HEAD");

            result.ExitCode.Should().Be(2, result.ToString());
            result.Error.Should().Contain("git is not installed or not on PATH").And.Contain("--base HEAD")
                .And.NotContain("does not know").And.NotContain("unexpected error");
            result.Error.Trim().Split('\n').Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(noGit);
        }
    }

    [Test]
    public void A_track_changing_only_its_own_files_is_clean()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/audit_log.sh", "# changed\n").Write("tests/test_audit_log.sh", "# changed\n");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("2 changed path(s)").And.Contain(", ok");
    }

    [Test]
    public void Changing_another_tracks_file_names_the_file_the_track_and_its_owner()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/assignee_filter.sh", "# changed\n");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain(
            "src/support_hub/assignee_filter.sh(1,1): error HRN401: src/support_hub/assignee_filter.sh (modified) is owned by Track A (coder-a), not Track B");
    }

    [Test]
    public void A_shared_file_is_for_the_track_that_goes_first_unless_a_sync_window_is_open()
    {
        using var repo = TempRepo.Sample();
        repo.Write(Shared, "# changed\n");

        repo.Harness("guard", "FEATURE-002", "--track", "A").ExitCode.Should().Be(0);
        var outOfTurn = repo.Harness("guard", "FEATURE-002", "--track", "B");
        outOfTurn.ExitCode.Should().Be(1, outOfTurn.ToString());
        outOfTurn.Output.Should().Contain("HRN402").And.Contain("gives it to Track A first");

        repo.Edit("docs/harness/feature-list.md", "## Stop Instead Of Parallelizing",
            "- Sync window open: `src/support_hub/common.sh` for Track B\n\n## Stop Instead Of Parallelizing");
        var inWindow = repo.Harness("guard", "FEATURE-002", "--track", "B", "--files", Shared);
        inWindow.ExitCode.Should().Be(0, inWindow.ToString());
    }

    [Test]
    public void A_rename_out_of_the_tracks_area_counts_on_both_sides()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("checkout", "-q", "-b", "track-b");
        repo.RunGit("mv", "src/support_hub/audit_log.sh", "src/support_hub/tickets_log.sh");
        repo.CommitAll("move the audit log");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--base", "main");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("src/support_hub/tickets_log.sh (renamed from src/support_hub/audit_log.sh) is owned by no track")
            .And.Contain("2 changed path(s) in commits since the merge base with main");
    }

    [Test]
    public void A_rename_into_another_tracks_file_is_a_violation_there()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("mv", "tests/test_audit_log.sh", "docs/support-hub-log.md");
        repo.Edit("docs/harness/feature-list.md", "  - `docs/support-hub.md`", "  - `docs/support-hub*.md`");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--staged");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("docs/support-hub-log.md (renamed from tests/test_audit_log.sh) is owned by Track C (reviewer / verifier)");
    }

    [Test]
    public void Staged_checks_only_what_the_next_commit_holds()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/audit_log.sh", "# staged\n");
        repo.RunGit("add", "src/support_hub/audit_log.sh");
        repo.Write("src/support_hub/tickets.sh", "# not staged\n");

        var staged = repo.Harness("guard", "FEATURE-002", "--track", "B", "--staged");
        var everything = repo.Harness("guard", "FEATURE-002", "--track", "B");

        staged.ExitCode.Should().Be(0, staged.ToString());
        staged.Output.Should().Contain("1 changed path(s) in staged changes");
        everything.ExitCode.Should().Be(1, everything.ToString());
        everything.Output.Should().Contain("src/support_hub/tickets.sh (modified) is owned by no track");
    }

    [Test]
    public void A_deletion_of_another_tracks_file_is_a_violation()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("rm", "-q", "tests/test_assignee_filter.sh");
        repo.CommitAll("drop a test");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--base", "HEAD~1");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("tests/test_assignee_filter.sh (deleted) is owned by Track A (coder-a)");
    }

    [Test]
    public void An_unowned_file_is_a_violation_but_free_files_and_the_tasks_own_notes_are_not()
    {
        using var repo = TempRepo.Sample();
        repo.Write("notes.txt", "x\n").Write("README.md", "free\n").Write("tasks/FEATURE-002-progress.md", "note\n")
            .Write("tasks/FEATURE-002-handoffs/20261127T0000Z-b.md", "handoff\n").Write(".harness/evidence/FEATURE-002/B.json", "{}\n");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("notes.txt(1,1): error HRN403: notes.txt (untracked) is owned by no track and not listed in harness.yml free:")
            .And.Contain("1 violation(s)");
    }

    [Test]
    public void Json_output_lists_changes_and_violations_with_rule_owner_and_location()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/assignee_filter.sh", "# changed\n");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("task").GetString().Should().Be("FEATURE-002");
        root.GetProperty("track").GetString().Should().Be("B");
        root.GetProperty("ok").GetBoolean().Should().BeFalse();
        root.GetProperty("changed")[0].GetProperty("path").GetString().Should().Be("src/support_hub/assignee_filter.sh");
        var violation = root.GetProperty("violations")[0];
        violation.GetProperty("ruleId").GetString().Should().Be("HRN401");
        violation.GetProperty("owningTrack").GetString().Should().Be("A");
        violation.GetProperty("owner").GetString().Should().Be("coder-a");
        violation.GetProperty("line").GetInt32().Should().Be(1);
    }

    [Test]
    public void Github_output_is_one_error_command_per_violation()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--files", "docs/support-hub.md", "--format", "github");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().StartWith("::error file=docs/support-hub.md,line=1,col=1,title=HRN401::");
    }

    [Test]
    public void Github_output_escapes_a_file_name_that_would_forge_commands_and_names_it_from_the_git_top()
    {
        using var repo = TempRepo.Git();
        TempRepo.CopyFolder(ProjectFiles.SampleRepo, repo.PathOf("app"));
        repo.CommitAll("sample below the top");
        repo.Write("app/src/x\n::stop-commands::token\n::error file=a,line=1::forged.sh", "x");
        repo.RunGit("add", "-A");

        var result = HarnessRunner.Run(repo.PathOf("app"), "guard", "FEATURE-002", "--track", "B", "--staged", "--format", "github");

        result.ExitCode.Should().Be(1, result.ToString());
        var lines = result.Output.TrimEnd('\n').Split('\n');
        lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Be("::error file=app/src/x%0A%3A%3Astop-commands%3A%3Atoken%0A%3A%3Aerror file=a%2Cline=1%3A%3Aforged.sh,line=1,col=1,title=HRN403::" +
                lines[0][(lines[0].IndexOf("HRN403::", StringComparison.Ordinal) + 8)..]);
        lines[0].Should().NotContain("\n");
    }

    [Test]
    public void Harness_own_lock_and_temporary_files_are_nobody_s_change()
    {
        using var repo = TempRepo.Sample();
        repo.Write("tasks/FEATURE-002-progress.md.lock", "pid 1\nstarted 1\n");
        repo.Write("tasks/.FEATURE-002-progress.md.0123456789abcdef0123456789abcdef.tmp", "half a note");
        repo.Write("src/support_hub/audit_log.sh.lock", "not harness's");
        repo.RunGit("add", "-A");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--staged");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("src/support_hub/audit_log.sh.lock").And.NotContain("progress.md.lock").And.NotContain(".tmp");
    }

    [Test]
    public void Paths_compare_ignoring_case_only_when_git_does()
    {
        using var repo = TempRepo.Sample();

        repo.Harness("guard", "FEATURE-002", "--track", "B", "--files", "SRC/support_hub/audit_log.sh").ExitCode.Should().Be(1);
        repo.RunGit("config", "core.ignorecase", "true");
        repo.Harness("guard", "FEATURE-002", "--track", "B", "--files", "SRC/support_hub/audit_log.sh").ExitCode.Should().Be(0);
    }

    [Test]
    public void An_unknown_track_a_ref_git_does_not_know_or_an_owned_glob_outside_the_repo_is_bad_input()
    {
        using var repo = TempRepo.Sample();

        var track = repo.Harness("guard", "FEATURE-002", "--track", "Z");
        var reference = repo.Harness("guard", "FEATURE-002", "--track", "B", "--base", "no-such-branch");
        repo.Edit("docs/harness/feature-list.md", "  - `docs/support-hub.md`", "  - `../outside/**`");
        var escaping = repo.Harness("guard", "FEATURE-002", "--track", "B");

        track.ExitCode.Should().Be(2);
        track.Error.Should().Contain("task FEATURE-002 has no track 'Z'; its tracks: A, B, C");
        reference.ExitCode.Should().Be(2);
        reference.Error.Should().Contain("git does not know 'no-such-branch'");
        escaping.ExitCode.Should().Be(2);
        escaping.Error.Should().Contain("owned file '../outside/**' leaves the repo");
    }

    [Test]
    public void In_a_repo_below_the_git_top_paths_are_relative_to_the_repo_and_changes_outside_it_are_left_out()
    {
        using var repo = TempRepo.Git();
        TempRepo.CopyFolder(ProjectFiles.SampleRepo, repo.PathOf("sub"));
        repo.CommitAll("sample in a subfolder");
        repo.Write("sub/src/support_hub/assignee_filter.sh", "# changed\n").Write("outside.txt", "not the task's\n");

        var result = repo.Harness("guard", "FEATURE-002", "--track", "B", "--repo", "sub");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().StartWith("src/support_hub/assignee_filter.sh(1,1): error HRN401:")
            .And.Contain("1 changed path(s)").And.NotContain("outside.txt");
    }
}
