using System.Diagnostics;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// A command run in a subfolder works on the harness repo above it, found as git finds its work tree, and never
/// on one above the git work tree it stands in.
/// </summary>
public sealed class RepoDiscoveryTests
{
    [Test]
    public void Status_restart_and_lint_from_a_subfolder_answer_as_from_the_root()
    {
        using var repo = TempRepo.Sample();
        var subfolder = Path.Combine(repo.Root, "src", "support_hub");

        foreach (var args in new[] { new[] { "status" }, ["restart", "FEATURE-002", "--track", "B"], ["lint", "--format", "json"] })
        {
            var fromRoot = repo.Harness(args);
            var fromSubfolder = HarnessRunner.Run(subfolder, args);

            fromSubfolder.ExitCode.Should().Be(fromRoot.ExitCode, string.Join(' ', args));
            fromSubfolder.Output.Should().Be(fromRoot.Output, string.Join(' ', args));
        }
        HarnessRunner.Run(subfolder, "status").Output.Should().Contain("FEATURE-002");
    }

    [Test]
    public void A_note_written_from_a_subfolder_lands_in_the_repo_s_note()
    {
        using var repo = TempRepo.Sample();

        var result = HarnessRunner.Run(Path.Combine(repo.Root, "tests"), "note", "FEATURE-002", "--next", "監査ログのテストを再実行する。");

        result.ExitCode.Should().Be(0, result.ToString());
        repo.Read("tasks/FEATURE-002-progress.md").Should().Contain("監査ログのテストを再実行する。");
        File.Exists(Path.Combine(repo.Root, "tests", "tasks", "FEATURE-002-progress.md")).Should().BeFalse();
    }

    [Test]
    public void The_walk_stops_at_the_top_of_the_git_work_tree()
    {
        using var outer = TempRepo.Sample();
        var inner = Path.Combine(outer.Root, "vendor", "lib");
        Directory.CreateDirectory(Path.Combine(inner, "src"));
        Git(inner, "init", "-q");

        var result = HarnessRunner.Run(Path.Combine(inner, "src"), "status");

        result.Output.Should().NotContain("FEATURE-002", "the outer repo's tasks are not the nested repo's");
    }

    [Test]
    public void An_explicit_repo_is_taken_as_given()
    {
        using var repo = TempRepo.Sample();

        var result = HarnessRunner.Run(Path.GetDirectoryName(repo.Root)!, "status", "--repo", Path.Combine(repo.Root, "src"));

        result.Output.Should().NotContain("FEATURE-002", "--repo names the folder to work on, and src holds no artifacts");
    }

    private static void Git(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
    }
}
