using Harness.Core.Model.Git;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// The shapes harness meets every day must be read in process, so the speed cannot slip back to a git process per
/// work tree unnoticed: the bench's shape (a harness repo below the top, many linked work trees, each with a commit
/// and an uncommitted change), and <see cref="GitProcessRepository.Status"/> agreeing with the reader.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class FastStatusPathTakenTests
{
    [Test]
    public void The_bench_shape_is_read_in_process_in_every_work_tree()
    {
        using var box = new StatusSandbox();
        for (var track = 1; track <= 20; track++)
        {
            box.Write($"repo/src/t{track}/main.sh", "echo\n");
        }
        box.Write("repo/docs/harness/feature-list-FEATURE-101.md", "# Feature List\n");
        box.CommitAll();
        var trees = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            var tree = Path.Combine(box.Container, $"tree-{i}");
            box.Git("worktree", "add", "-q", "-b", $"feature/t{i}", tree, "main");
            File.AppendAllText(Path.Combine(tree, $"repo/src/t{i}/main.sh"), "echo committed\n");
            box.GitIn(tree, "commit", "-qam", "work");
            File.AppendAllText(Path.Combine(tree, $"repo/src/t{i}/main.sh"), "echo uncommitted\n");
            trees.Add(tree);
        }
        box.ShouldMatchGit("repo/").Should().BeEmpty();
        foreach (var (tree, i) in trees.Select((t, i) => (t, i + 1)))
        {
            box.ShouldMatchGit("repo/", tree).Should().Equal($" M repo/src/t{i}/main.sh");
        }
    }

    [Test]
    public void The_reader_and_the_repository_status_agree_with_paths_relative_to_the_harness_repo()
    {
        using var box = new StatusSandbox();
        box.Write("app/src/a.sh", "a");
        box.Write("outside.txt", "o");
        box.CommitAll();
        File.AppendAllText(Path.Combine(box.Top, "app/src/a.sh"), "more");
        box.Write("app/new.md", "n");
        var git = GitProcessRepository.Open(Path.Combine(box.Top, "app"))!;
        var fast = box.Fast("app/")!;
        StatusSandbox.Lines(fast).Should().Equal(" M app/src/a.sh", "?? app/new.md");
        git.Status().Changed.Should().Equal("src/a.sh", "new.md");
    }
}
