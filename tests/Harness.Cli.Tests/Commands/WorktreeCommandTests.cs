using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>`harness worktree add|remove` on real git: what it refuses, each in one line with exit 2, and what it reuses.</summary>
public sealed class WorktreeCommandTests
{
    [TestCase("FEATURE-009", "B", "unknown task id 'FEATURE-009'")]
    [TestCase("FEATURE-002", "Z", "--track Z: FEATURE-002 has no such track; tracks: A, B, C")]
    public void An_unknown_task_or_track_is_refused_in_one_line(string task, string track, string message)
    {
        using var repo = TempRepo.Sample();

        var add = repo.Harness("worktree", "add", task, "--track", track);

        add.ExitCode.Should().Be(2, add.ToString());
        add.Error.Should().StartWith("harness: ").And.Contain(message);
        add.Error.TrimEnd().Split('\n').Should().HaveCount(1);
    }

    [Test]
    public void An_existing_path_is_refused_and_an_existing_branch_of_the_track_is_reused_and_said_so()
    {
        using var repo = TempRepo.Sample();
        var taken = Path.Combine(Path.GetDirectoryName(repo.Root)!, "taken");
        Directory.CreateDirectory(taken);
        repo.RunGit("branch", "feature-002/b");

        var refused = repo.Harness("worktree", "add", "FEATURE-002", "--track", "B", "--path", "../taken");
        var reused = repo.Harness("worktree", "add", "FEATURE-002", "--track", "B", "--path", "../b");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().Be($"harness: {taken}: already exists; name another folder with --path DIR, or remove it first\n");
        reused.ExitCode.Should().Be(0, reused.ToString());
        reused.Output.Should().Contain("branch feature-002/b: it existed, so the work tree checks it out as it is (no new branch)");
        repo.RunGit("-C", Path.Combine(Path.GetDirectoryName(repo.Root)!, "b"), "config", "--worktree", "--get", "harness.track").Trim().Should().Be("B");
    }

    [Test]
    public void The_branch_follows_harness_yml_worktreeBranch_and_starts_from_the_base_given()
    {
        using var repo = TempRepo.Sample();
        repo.Edit("harness.yml", "version: 1\n", "version: 1\nworktreeBranch: \"agents/{task}-{track}\"\n");
        var first = repo.CommitAll("pattern");
        repo.CommitAll("later");

        var add = repo.Harness("worktree", "add", "FEATURE-002", "--track", "C", "--base", first);

        add.ExitCode.Should().Be(0, add.ToString());
        add.Output.Should().Contain($"branch agents/feature-002-c: new, from {first} (from --base)");
        repo.RunGit("rev-parse", "agents/feature-002-c").Trim().Should().Be(first);
    }

    [Test]
    public void Remove_refuses_a_work_tree_with_uncommitted_changes_unless_forced()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("worktree", "add", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        var tree = Path.Combine(Path.GetDirectoryName(repo.Root)!, $"{Path.GetFileName(repo.Root)}-feature-002-b");
        File.AppendAllText(Path.Combine(tree, "src/support_hub/audit_log.sh"), "# unsaved\n");

        var refused = repo.Harness("worktree", "remove", "FEATURE-002", "--track", "B");
        var forced = repo.Harness("worktree", "remove", "FEATURE-002", "--track", "B", "--force");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().Be($"harness: {tree}: 1 uncommitted change(s), such as src/support_hub/audit_log.sh; commit them, or drop them with --force\n");
        Directory.Exists(tree).Should().BeFalse(forced.ToString());
        forced.Output.Should().Contain("branch feature-002/b stays");
        repo.RunGit("branch", "--list", "feature-002/b").Should().Contain("feature-002/b");
    }

    [Test]
    public void List_shows_the_tracks_work_trees_with_task_track_branch_and_whether_dirty_in_text_and_json()
    {
        using var repo = TempRepo.Sample();
        repo.RunGit("branch", "dependabot/npm");
        repo.RunGit("worktree", "add", "-q", "../other", "dependabot/npm");
        repo.Harness("worktree", "add", "FEATURE-002", "--track", "B").ExitCode.Should().Be(0);
        repo.Harness("worktree", "add", "FEATURE-002", "--track", "C").ExitCode.Should().Be(0);
        var parent = Path.GetDirectoryName(repo.Root)!;
        var b = Path.Combine(parent, $"{Path.GetFileName(repo.Root)}-feature-002-b");
        var c = Path.Combine(parent, $"{Path.GetFileName(repo.Root)}-feature-002-c");
        File.WriteAllText(Path.Combine(c, "notes.txt"), "untracked\n");

        var text = repo.Harness("worktree", "list");
        var json = repo.Harness("worktree", "list", "--format", "json");

        text.ExitCode.Should().Be(0, text.ToString());
        var lines = text.Output.TrimEnd().Split('\n');
        lines.Should().HaveCount(3, "the main work tree and a branch naming no task are no track's: " + text.Output);
        lines[0].Should().MatchRegex("^task +track +branch +state +path$");
        lines[1].Should().MatchRegex($"^FEATURE-002 +B +feature-002/b +clean +{System.Text.RegularExpressions.Regex.Escape(b)}$");
        lines[2].Should().MatchRegex($"^FEATURE-002 +C +feature-002/c +dirty +{System.Text.RegularExpressions.Regex.Escape(c)}$");
        json.ExitCode.Should().Be(0, json.ToString());
        CommandSchemas.Errors(json.Output).Should().BeEmpty();
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("kind").GetString().Should().Be("worktree-list");
        var trees = document.RootElement.GetProperty("worktrees").EnumerateArray().ToList();
        trees.Select(t => (t.GetProperty("track").GetString(), t.GetProperty("branch").GetString(), t.GetProperty("path").GetString(), t.GetProperty("dirty").GetBoolean()))
            .Should().Equal(("B", "feature-002/b", b, false), ("C", "feature-002/c", c, true));
    }
}
