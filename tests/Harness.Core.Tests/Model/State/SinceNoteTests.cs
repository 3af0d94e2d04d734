using Harness.Core.Model.State;

namespace Harness.Core.Tests.Model.State;

public sealed class SinceNoteTests
{
    private const string Note = "tasks/FEAT-1-progress.md";

    [Test]
    public void A_log_splits_at_the_newest_commit_that_touched_the_note()
    {
        string[][] log = [["src/b.sh"], ["src/a.sh", Note], ["src/old.sh", Note]];

        var split = SinceNote.Split(log, Note, c => c);

        split.NoteCommit.Should().BeSameAs(log[1]);
        split.After.Should().Equal([log[0]]);
    }

    [Test]
    public void A_note_never_committed_has_no_commit_and_nothing_after_it()
    {
        string[][] log = [["src/b.sh"], ["src/a.sh"]];

        var split = SinceNote.Split(log, Note, c => c);

        split.NoteCommit.Should().BeNull();
        split.After.Should().BeEmpty();
    }
}
