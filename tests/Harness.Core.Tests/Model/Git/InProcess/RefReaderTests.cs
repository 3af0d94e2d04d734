using Harness.Core.Model.Git;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// The refs read in process (HEAD, a base branch's commit, whether the branch has an upstream) give git's own answer
/// (`git rev-parse`) or leave it to git, in real repositories: loose and packed refs and objects, tags, remotes,
/// detached and linked work trees.
/// </summary>
public sealed class RefReaderTests
{
    [Test]
    public void Head_is_gits_in_every_shape_of_repository()
    {
        using var box = new StatusSandbox();
        Reader(box).Head().Should().Be((true, (string?)null), "no commit yet");

        box.Write("a.txt", "a\n");
        box.CommitAll();
        Reader(box).Head().Should().Be((true, GitHead(box)), "a loose commit");

        box.Git("gc", "-q");
        Reader(box).Head().Should().Be((true, GitHead(box)), "the commit and the ref packed");
        Reader(box).Branch().Should().Be("main");

        box.Git("checkout", "-q", "--detach");
        Reader(box).Head().Should().Be((true, GitHead(box)), "detached");
        Reader(box).Branch().Should().BeNull();
        box.Git("checkout", "-q", "main");

        var linked = Path.Combine(box.Container, "linked");
        box.Git("worktree", "add", "-q", "-b", "feature/x", linked);
        File.WriteAllText(Path.Combine(linked, "b.txt"), "b\n");
        box.GitIn(linked, "add", "-A");
        box.GitIn(linked, "commit", "-qm", "b");
        RefReader.Open(linked, box.ReaderEnvironment)!.Head().Should().Be((true, box.GitIn(linked, "rev-parse", "HEAD").Trim()), "a linked work tree");
        RefReader.Open(linked, box.ReaderEnvironment)!.Branch().Should().Be("feature/x");
    }

    [Test]
    public void A_base_name_resolves_to_gits_commit_or_is_left_to_git()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        box.CommitAll();
        var first = GitHead(box);
        box.Git("tag", "v1");
        box.Git("tag", "-a", "v2", "-m", "annotated");
        box.Write("a.txt", "a2\n");
        box.CommitAll();
        var second = GitHead(box);
        box.Git("branch", "dup", first);
        box.Git("tag", "dup", second);
        box.Git("update-ref", "refs/remotes/origin/main", first);
        box.Git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
        var reader = Reader(box);

        foreach (var name in new[] { "main", "v1", "dup", "origin", "origin/main" })
        {
            reader.Commit(name).Should().Be(GitCommit(box, name), name);
        }
        reader.Commit("dup").Should().Be(second, "a tag and a branch of one name: git takes the tag");
        reader.Commit("v2").Should().BeNull("an annotated tag is peeled by git");
        reader.Commit("missing").Should().BeNull();
        reader.Commit("main~1").Should().BeNull("a revision expression is git's to read");
        reader.Commit("abc").Should().BeNull("a name git may read as a hash");

        box.Git("pack-refs", "--all");
        box.Git("gc", "-q");
        foreach (var name in new[] { "main", "v1", "dup", "origin", "origin/main" })
        {
            Reader(box).Commit(name).Should().Be(GitCommit(box, name), name + " after pack-refs and gc");
        }
    }

    [Test]
    public void The_repository_answers_head_base_and_upstream_as_git_does()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        box.CommitAll();
        box.Git("branch", "other");
        var git = GitProcessRepository.Open(box.Top)!;

        git.Head().Should().Be(GitHead(box));
        git.ResolveCommit("main").Value.Should().Be(GitHead(box));
        git.ResolveCommit("no-such-branch").Ok.Should().BeFalse();
        git.Upstream().Should().BeNull("main has no upstream");

        box.Git("branch", "-q", "--set-upstream-to", "other");
        GitProcessRepository.Open(box.Top)!.Upstream().Should().Be("other", "an upstream in the config is git's to name");
    }

    [Test]
    public void A_key_the_repository_sets_or_unsets_is_read_again_not_from_the_first_answer()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        box.CommitAll();
        var git = GitProcessRepository.Open(box.Top)!;
        git.ConfigSection("harness").Should().BeEmpty();
        git.Status();

        git.SetConfig("harness.task", "FEATURE-002", GitConfigScope.Local).Ok.Should().BeTrue();
        git.ConfigSection("harness").Should().ContainSingle(e => e.Key == "harness.task" && e.Value == "FEATURE-002");

        git.UnsetConfig("harness.task", GitConfigScope.Local).Ok.Should().BeTrue();
        git.ConfigSection("harness").Should().BeEmpty();
    }

    [Test]
    public void Git_answers_where_it_is_redirected_by_the_environment()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        box.CommitAll();
        var variables = new Dictionary<string, string>(box.Variables) { ["GIT_INDEX_FILE"] = Path.Combine(box.Top, ".git", "other-index") };

        RefReader.Open(box.Top, new ProcessEnvironment(variables)).Should().BeNull();
    }

    [Test]
    public void Git_answers_for_a_repository_that_keeps_its_refs_in_a_reftable()
    {
        using var box = new StatusSandbox();
        box.Write("a.txt", "a\n");
        box.CommitAll();
        RefReader.Open(box.Top, box.ReaderEnvironment).Should().NotBeNull();

        Directory.CreateDirectory(Path.Combine(box.Top, ".git", "reftable"));

        RefReader.Open(box.Top, box.ReaderEnvironment).Should().BeNull("HEAD would name refs/heads/.invalid and look unborn");
    }

    private static RefReader Reader(StatusSandbox box) => RefReader.Open(box.Top, box.ReaderEnvironment)!;

    private static string GitHead(StatusSandbox box) => box.Git("rev-parse", "--verify", "-q", "HEAD").Trim();

    private static string GitCommit(StatusSandbox box, string name) => box.Git("rev-parse", "--verify", "-q", name + "^{commit}").Trim();
}
