using System.Diagnostics;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Guard;

public sealed class HooksCommandTests
{
    [Test]
    public void Install_writes_an_executable_one_line_hook_that_runs_the_pre_commit_guard()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("hooks", "install");

        result.ExitCode.Should().Be(0, result.ToString());
        var hook = repo.PathOf(".git/hooks/pre-commit");
        result.Output.Should().Contain("installed").And.Contain("pre-commit");
        File.ReadAllText(hook).Should().StartWith("#!/bin/sh\n").And.EndWith("exec harness hooks pre-commit --repo '.'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(hook).Should().HaveFlag(UnixFileMode.UserExecute);
        }
    }

    [TestCase("sub $(touch INJECTED)")]
    [TestCase("sub `touch INJECTED`")]
    [TestCase("sub \"quoted\" name")]
    [TestCase("it's here")]
    [TestCase("back\\slash $HOME")]
    public void The_installed_hook_passes_any_folder_name_to_harness_as_one_word_and_runs_nothing_in_it(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("a POSIX shell hook");
            return;
        }
        using var repo = TempRepo.Git();
        TempRepo.CopyFolder(ProjectFiles.SampleRepo, repo.PathOf(folder));
        repo.CommitAll("sample below the top level");
        var bin = repo.PathOf(".fake-bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "harness"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$HOOK_ARGS\"\n");
        File.SetUnixFileMode(Path.Combine(bin, "harness"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        HarnessRunner.Run(repo.PathOf(folder), "hooks", "install").ExitCode.Should().Be(0);
        var info = new ProcessStartInfo("sh", [repo.PathOf(".git/hooks/pre-commit")]) { WorkingDirectory = repo.Root, UseShellExecute = false };
        info.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["HOOK_ARGS"] = repo.PathOf("hook-args.txt");
        using (var process = Process.Start(info)!)
        {
            process.WaitForExit();
        }

        File.ReadAllText(repo.PathOf("hook-args.txt")).Should().Be($"hooks\npre-commit\n--repo\n{folder}\n");
        Directory.EnumerateFiles(repo.Root, "INJECTED", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Test]
    public void Install_leaves_an_existing_hook_alone_and_says_how_to_chain_guard()
    {
        using var repo = TempRepo.Sample();
        repo.Write(".git/hooks/pre-commit", "#!/bin/sh\nmake lint\n");

        var result = repo.Harness("hooks", "install");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("exists already and is left alone")
            .And.Contain("harness hooks pre-commit --repo '.' || exit 1");
        repo.Read(".git/hooks/pre-commit").Should().Be("#!/bin/sh\nmake lint\n");
    }

    [Test]
    public void Pre_commit_guards_the_staged_changes_of_the_track_git_config_names()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("config", "harness.task", "FEATURE-002");
        repo.RunGit("config", "harness.track", "B");
        repo.Write("src/support_hub/assignee_filter.sh", "# changed\n");
        repo.RunGit("add", "-A");

        var blocked = repo.Harness("hooks", "pre-commit");
        repo.RunGit("reset", "-q");
        repo.Write("src/support_hub/audit_log.sh", "# changed\n");
        repo.RunGit("add", "src/support_hub/audit_log.sh");
        var allowed = repo.Harness("hooks", "pre-commit");

        blocked.ExitCode.Should().Be(1, blocked.ToString());
        blocked.Output.Should().Contain("is owned by Track A (coder-a), not Track B");
        blocked.Error.Should().Contain("commit stopped").And.Contain("task FEATURE-002 from git config harness.task, Track B from git config harness.track");
        allowed.ExitCode.Should().Be(0, allowed.ToString());
    }

    [Test]
    public void Pre_commit_takes_task_and_track_from_the_newest_in_progress_progress_note()
    {
        using var repo = TempRepo.Sample();
        var note = repo.Read("tasks/FEATURE-002-progress.md");
        repo.Write("tasks/FEATURE-002-progress.md", "---\nfeature: FEATURE-002\ntrack: A\nupdated: 2026-11-27\n---\n" + note);
        repo.Write("docs/support-hub.md", "# changed\n");
        repo.RunGit("add", "-A");

        var result = repo.Harness("hooks", "pre-commit");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("guard FEATURE-002 Track A (coder-a)").And.Contain("owned by Track C");
        result.Error.Should().Contain("tasks/FEATURE-002-progress.md");
    }

    [Test]
    public void Pre_commit_without_a_task_to_guard_lets_the_commit_through_and_says_why()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("hooks", "pre-commit");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().Contain("pre-commit guard skipped");
    }

    [Test]
    public void The_installed_hook_stops_a_real_commit_that_leaves_the_track()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the hook is a POSIX shell script");
            return;
        }
        using var repo = TempRepo.Sample();
        // The hook runs `harness` from PATH: a shim that runs the tool this test was built with.
        var shim = repo.Write("bin/harness", HarnessBinary.Shim).PathOf("bin/harness");
        File.SetUnixFileMode(shim, File.GetUnixFileMode(shim) | UnixFileMode.UserExecute);
        repo.Write(".git/info/exclude", "bin/\n");
        repo.Harness("hooks", "install").ExitCode.Should().Be(0);
        repo.RunGit("config", "harness.task", "FEATURE-002");
        repo.RunGit("config", "harness.track", "B");
        repo.Write("src/support_hub/assignee_filter.sh", "# changed\n");
        repo.RunGit("add", "src/support_hub/assignee_filter.sh");

        var (exit, output) = Commit(repo, Path.GetDirectoryName(shim)!);

        exit.Should().NotBe(0, output);
        output.Should().Contain("is owned by Track A (coder-a), not Track B").And.Contain("commit stopped");
    }

    private static (int Exit, string Output) Commit(TempRepo repo, string shimFolder)
    {
        var info = new ProcessStartInfo("git", ["commit", "-q", "-m", "touch A's file"])
        {
            WorkingDirectory = repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["PATH"] = shimFolder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
