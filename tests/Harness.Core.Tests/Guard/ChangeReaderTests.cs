using Harness.Core.Guard;
using Harness.Core.Model.Git;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Guard;

/// <summary>The changes guard checks, read from an in-memory git.</summary>
public sealed class ChangeReaderTests
{
    private const string Root = "/repo";
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_base_reference_reads_the_commits_since_the_merge_base_a_rename_as_both_sides()
    {
        var git = new FakeGitRepository(Root);
        var fork = git.Commit(Monday, "main", "README.md");
        git.Commit(Monday.AddHours(1), "track B", new GitDiffEntry('A', "src/tickets.sh"),
            new GitDiffEntry('R', "src/tickets_log.sh", "src/audit_log.sh"));
        git.References["main"] = fork;
        git.MergeBases[(fork, git.Head()!)] = fork;

        var changes = ChangeReader.Read(git, new GuardScope("main", false, []), Root, Root);

        changes.Should().Equal(
            new ChangedPath("src/audit_log.sh", ChangeKind.RenamedFrom, "src/tickets_log.sh"),
            new ChangedPath("src/tickets.sh", ChangeKind.Added),
            new ChangedPath("src/tickets_log.sh", ChangeKind.RenamedTo, "src/audit_log.sh"));
    }

    [Test]
    public void A_reference_git_does_not_know_is_an_input_error_naming_it()
    {
        var git = new FakeGitRepository(Root);
        git.Commit(Monday, "main", "README.md");

        var read = () => ChangeReader.Read(git, new GuardScope("nope", false, []), Root, Root);

        read.Should().Throw<HarnessInputException>().WithMessage("git does not know 'nope' (given as --base)*");
    }

    [Test]
    public void Without_a_scope_the_work_tree_status_is_read_untracked_and_deleted_files_as_such()
    {
        var git = new FakeGitRepository(Root);
        git.StatusEntries.Add(new GitStatusEntry('?', '?', "notes.txt", null));
        git.StatusEntries.Add(new GitStatusEntry(' ', 'D', "src/gone.sh", null));
        git.StatusEntries.Add(new GitStatusEntry('M', ' ', "tasks/.BUG-001-progress.md.lock", null));

        var changes = ChangeReader.Read(git, new GuardScope(null, false, []), Root, Root);

        changes.Should().Equal(new ChangedPath("notes.txt", ChangeKind.Untracked), new ChangedPath("src/gone.sh", ChangeKind.Deleted));
    }

    [Test]
    public void Staged_changes_are_the_index()
    {
        var git = new FakeGitRepository(Root);
        git.StagedEntries.Add(new GitDiffEntry('M', "src/filter.sh"));

        ChangeReader.Read(git, new GuardScope(null, true, []), Root, Root)
            .Should().Equal(new ChangedPath("src/filter.sh", ChangeKind.Modified));
    }
}
