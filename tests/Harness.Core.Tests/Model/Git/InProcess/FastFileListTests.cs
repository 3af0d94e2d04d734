namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// The in-process `git ls-files --cached --others --exclude-standard`: git's list in git's order where it answers
/// (staged, deleted and ignored tracked files, untracked files, a subfolder), and null where git must answer.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class FastFileListTests
{
    [Test]
    public void Lists_the_index_and_the_untracked_files_as_git_does()
    {
        using var box = new StatusSandbox();
        box.Write(".gitignore", "*.log\nbuild/\n");
        box.Write("src/app.cs", "a");
        box.Write("src/sub/deep.cs", "d");
        box.Write("tracked.log", "t");
        box.Write("gone.txt", "g");
        box.Write("ノート.md", "n");
        box.Git("add", "-A");
        box.Git("add", "-f", "tracked.log");
        box.CommitAll();
        box.Write("staged.txt", "s");
        box.Git("add", "staged.txt");
        File.Delete(Path.Combine(box.Top, "gone.txt"));
        box.Write("untracked.txt", "u");
        box.Write("src/new.cs", "n");
        box.Write("build/out.txt", "o");
        box.Write("a.txt", "sorts before the folder a/");
        box.Write("a/b.txt", "b");
        box.Write("debug.log", "ignored");

        var files = box.FilesShouldMatchGit();

        files.Should().Contain(["staged.txt", "gone.txt", "tracked.log", "untracked.txt", "ノート.md"]);
        files.Should().NotContain(["build/out.txt", "debug.log"]);
        box.FilesShouldMatchGit("src/").Should().Contain(["app.cs", "new.cs", "sub/deep.cs"]);
    }

    [Test]
    public void A_folder_ignored_above_the_prefix_lists_only_its_tracked_files()
    {
        using var box = new StatusSandbox();
        box.Write("lib/kept.txt", "k");
        box.CommitAll();
        box.Write(".gitignore", "lib/\n");
        box.Write("lib/extra.txt", "e");

        box.FilesShouldMatchGit("lib/").Should().Equal("kept.txt");
    }

    [Test]
    public void A_conflict_a_nested_repository_or_a_redirecting_variable_is_left_to_git()
    {
        using var box = new StatusSandbox();
        box.Write("f.txt", "base\n");
        box.CommitAll();
        box.Git("checkout", "-q", "-b", "other");
        box.Write("f.txt", "other\n");
        box.CommitAll();
        box.Git("checkout", "-q", "main");
        box.Write("f.txt", "main\n");
        box.CommitAll();
        StatusSandbox.RunAllowingFailure(box.Top, box.Variables, "merge", "-q", "other").ExitCode.Should().NotBe(0);

        box.FastFiles().Should().BeNull("an unmerged index is git's to list");

        box.Git("merge", "--abort");
        box.FilesShouldMatchGit();
        Directory.CreateDirectory(Path.Combine(box.Top, "nested", ".git"));
        box.FastFiles().Should().BeNull("git lists a nested repository as one entry");

        Directory.Delete(Path.Combine(box.Top, "nested"), recursive: true);
        var redirected = new Dictionary<string, string>(box.Variables) { ["GIT_DIR"] = Path.Combine(box.Top, ".git") };
        Harness.Core.Model.Git.InProcess.FastFileList.TryRead(box.Top, "", new Harness.Core.Model.Git.InProcess.ProcessEnvironment(redirected))
            .Should().BeNull("GIT_DIR may point elsewhere");
    }
}
