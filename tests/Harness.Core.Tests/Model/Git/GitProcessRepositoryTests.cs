using System.Diagnostics;
using Harness.Core.Model.Git;

namespace Harness.Core.Tests.Model.Git;

/// <summary>
/// What <see cref="GitProcessRepository"/> reads from the real git, on a temporary work tree whose harness repo is
/// its subfolder "app/" (as the sample is), so every path must come back relative to "app/" and paths outside it
/// must be left out.
/// </summary>
public sealed class GitProcessRepositoryTests
{
    private static readonly DateTimeOffset FirstTime = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private string _top = "";
    private string _app = "";

    [SetUp]
    public void CreateWorkTree()
    {
        _top = Path.Combine(Path.GetTempPath(), "harness-core-tests", Guid.NewGuid().ToString("N")[..12]);
        _app = Path.Combine(_top, "app");
        Directory.CreateDirectory(Path.Combine(_app, "src"));
        RunGit("init", "-q", "-b", "main");
        RunGit("config", "user.email", "test@example.com");
        RunGit("config", "user.name", "Test");
        RunGit("config", "commit.gpgsign", "false");
    }

    [TearDown]
    public void RemoveWorkTree() => Directory.Delete(_top, recursive: true);

    [Test]
    public void The_log_gives_each_commit_its_hash_time_subject_and_files_inside_the_repo()
    {
        Write("app/src/a.sh", "a");
        Write("outside.txt", "o");
        var first = Commit("first 最初", FirstTime);
        Write("app/src/b.sh", "b");
        var second = Commit("second", FirstTime.AddHours(1));
        var git = Open();

        git.Prefix.Should().Be("app/");
        git.Head().Should().Be(second);
        git.RecentCommits(10).Should().BeEquivalentTo(new[]
        {
            new GitCommit(second, FirstTime.AddHours(1), "second", ["src/b.sh"]),
            new GitCommit(first, FirstTime, "first 最初", ["src/a.sh"]),
        }, o => o.WithStrictOrdering());
        git.RecentCommits(1).Should().ContainSingle().Which.Hash.Should().Be(second);
        git.LastCommitTouching("src/a.sh").Should().Be(first);
        git.LastCommitTouching("src/none.sh").Should().BeNull();
        git.ChangedNames(first, "HEAD").Should().Equal("src/b.sh");
        git.ChangedNames("0000000", "HEAD").Should().BeNull();
        git.IsCommit(first).Should().BeTrue();
        git.IsCommit("0123456789abcdef0123456789abcdef01234567").Should().BeFalse();
        git.CommitsTouching([":(glob)src/a.sh"]).Should().BeEquivalentTo([new GitPathCommit(first[..7], "2026-11-30", ["src/a.sh"])]);
    }

    [Test]
    public void A_repo_with_no_commit_has_no_head_and_no_log()
    {
        var git = Open();

        git.Head().Should().BeNull();
        git.RecentCommits(10).Should().BeEmpty();
        git.ResolveCommit("HEAD").Ok.Should().BeFalse();
    }

    [Test]
    public void Status_diffs_and_the_file_list_name_renames_both_sides_and_leave_out_paths_outside_the_repo()
    {
        Write("app/src/a.sh", "a\na\na\n");
        Write("outside.txt", "o");
        var fork = Commit("fork", FirstTime);
        RunGit("mv", "app/src/a.sh", "app/src/renamed.sh");
        Write("outside.txt", "changed");
        Commit("rename", FirstTime.AddHours(1));
        Write("app/new.txt", "n");
        Write("app/src/staged.sh", "s");
        RunGit("add", "app/src/staged.sh");
        var git = Open();

        git.Status().Entries.Should().BeEquivalentTo(new[]
        {
            new GitStatusEntry('A', ' ', "src/staged.sh", null),
            new GitStatusEntry('?', '?', "new.txt", null),
        });
        git.CommittedSince(fork).Value.Should().Equal(new GitDiffEntry('R', "src/renamed.sh", "src/a.sh"));
        git.Staged().Value.Should().Equal(new GitDiffEntry('A', "src/staged.sh"));
        git.ResolveCommit("main").Value.Should().Be(git.Head());
        git.MergeBase(fork, "HEAD").Value.Should().Be(fork);
        git.ResolveCommit("no-such-branch").Should().Match<GitAnswer<string>>(a => !a.Ok && !a.NotInstalled);
        git.ListFiles().Should().BeEquivalentTo("new.txt", "src/renamed.sh", "src/staged.sh");
    }

    [Test]
    public void Config_values_flags_and_the_hooks_folder_are_read_as_git_reads_them()
    {
        RunGit("config", "harness.task", " FEATURE-002 ");
        RunGit("config", "core.ignorecase", "yes");
        var git = Open();

        git.ConfigValue("harness.task").Should().Be("FEATURE-002");
        git.ConfigValue("harness.track").Should().BeNull();
        git.ConfigFlag("core.ignorecase").Should().BeTrue();
        git.ConfigFlag("harness.unset").Should().BeFalse();
        Path.GetFullPath(Path.Combine(_app, git.HooksPath().Value!)).Should().Be(Path.Combine(_top, ".git", "hooks"));
    }

    private GitProcessRepository Open() => GitProcessRepository.Open(_app)!;

    [Test]
    public void One_log_beyond_the_base_gives_each_branch_the_divergence_git_gives_it_where_the_walk_can_tell()
    {
        Write("app/src/a.sh", "a");
        Commit("start", FirstTime);
        RunGit("branch", "old");
        Write("app/src/e.sh", "e");
        var baseCommit = Commit("the base moves on", FirstTime.AddHours(1));
        RunGit("checkout", "-q", "-b", "ahead");
        Write("app/src/b.sh", "b");
        Commit("b", FirstTime.AddHours(2));
        Write("outside.txt", "o");
        Commit("outside the repo only", FirstTime.AddHours(3));
        Write("app/src/c.sh", "c");
        var tip = Commit("c", FirstTime.AddHours(4));
        RunGit("checkout", "-q", "old");
        Write("app/src/d.sh", "d");
        var oldTip = Commit("d", FirstTime.AddHours(2));
        RunGit("checkout", "-q", "main");
        var git = Open();

        var beyond = git.CommitsBeyond(baseCommit, [tip, oldTip, baseCommit]);
        var index = new DivergenceIndex(baseCommit, beyond.Value!);

        beyond.Ok.Should().BeTrue(beyond.Error);
        index.Of(tip).Should().BeEquivalentTo(git.Divergence(baseCommit, tip).Value, o => o.WithStrictOrdering());
        index.Of(tip)!.Ahead.Select(c => c.Subject).Should().Equal("c", "b");
        index.Of(baseCommit).Should().BeEquivalentTo(new GitDivergence([], []));
        index.Of(oldTip).Should().BeNull("the base moved on since it left: git is asked for it alone");
        git.Divergence(baseCommit, oldTip).Value!.Behind.Should().ContainSingle().Which.Subject.Should().Be("the base moves on");
    }

    [Test]
    public void Tracked_files_are_told_from_untracked_ones_and_a_move_stages_the_renames()
    {
        Write("app/src/a.sh", "a");
        Write("app/src/[x].sh", "x");
        Commit("start", FirstTime);
        Write("app/src/new.sh", "n");
        Directory.CreateDirectory(Path.Combine(_app, "kept"));
        var git = Open();

        git.TrackedFiles(["src/a.sh", "src/new.sh", "src/[x].sh"]).Should().BeEquivalentTo("src/a.sh", "src/[x].sh");
        git.Move(["src/a.sh", "src/[x].sh"], "kept").Ok.Should().BeTrue();

        File.Exists(Path.Combine(_app, "kept/a.sh")).Should().BeTrue();
        RunGit("status", "--porcelain").Should().Contain("R  app/src/a.sh -> app/kept/a.sh").And.Contain("R  app/src/[x].sh -> app/kept/[x].sh");
    }

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(_top, path), text);

    private string Commit(string message, DateTimeOffset time)
    {
        RunGit(time, "add", "-A");
        RunGit(time, "commit", "-q", "-m", message);
        return RunGit("rev-parse", "HEAD").Trim();
    }

    private string RunGit(params string[] args) => RunGit(FirstTime, args);

    private string RunGit(DateTimeOffset time, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = _top, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["GIT_COMMITTER_DATE"] = info.Environment["GIT_AUTHOR_DATE"] = time.ToString("yyyy-MM-ddTHH:mm:ssZ");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"git {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
