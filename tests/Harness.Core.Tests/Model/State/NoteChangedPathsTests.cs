using System.Text;
using Harness.Core.Model.Git;
using Harness.Core.Model.State;
using Harness.Core.Model.Workspaces;
using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Model.State;

/// <summary>The Changed Files `harness note` fills in, asked of an in-memory git.</summary>
public sealed class NoteChangedPathsTests
{
    private const string NotePath = "tasks/BUG-001-progress.md";
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private string _root = "";

    [SetUp]
    public void CreateRepo()
    {
        _root = Path.Combine(Path.GetTempPath(), "harness-core-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(_root, "tasks"));
    }

    [TearDown]
    public void RemoveRepo() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Without_a_recorded_commit_the_changes_count_from_the_last_commit_of_the_note_plus_the_uncommitted_ones()
    {
        var git = new FakeGitRepository(_root);
        git.Commit(Monday, "start", "src/old.sh", NotePath);
        git.Commit(Monday.AddHours(1), "filter", "src/filter.sh", "tests/filter_test.sh");
        git.Commit(Monday.AddHours(2), "evidence", ".harness/evidence/BUG-001.jsonl");
        git.StatusEntries.Add(new GitStatusEntry(' ', 'M', "README.md", null));
        git.StatusEntries.Add(new GitStatusEntry(' ', 'M', NotePath, null));

        var changed = SinceNote.ChangedPaths(Workspace.Open(_root, _ => git), null, NotePath);

        changed.Should().Equal("README.md", "src/filter.sh", "tests/filter_test.sh");
    }

    [Test]
    public void A_recorded_commit_the_repo_holds_is_where_the_changes_count_from()
    {
        var git = new FakeGitRepository(_root);
        var recorded = git.Commit(Monday, "start", "src/a.sh");
        git.Commit(Monday.AddHours(1), "note", NotePath);
        git.Commit(Monday.AddHours(2), "b", "src/b.sh");
        File.WriteAllText(Path.Combine(_root, NotePath), $"---\ncommit: {recorded}\n---\n# BUG-001 Progress Note\n\n## Status\n- in-progress\n",
            new UTF8Encoding(false));
        var workspace = Workspace.Open(_root, _ => git);

        var changed = SinceNote.ChangedPaths(workspace, workspace.ReadNote(NotePath), NotePath);

        changed.Should().Equal("src/b.sh");
    }

    [Test]
    public void Outside_git_there_are_no_changed_files_to_name()
    {
        SinceNote.ChangedPaths(Workspace.Open(_root, _ => null), null, NotePath).Should().BeNull();
    }
}
