using System.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Note;

namespace Harness.Core.Tests.Note;

// NoteService.BeforeWrite is a static hook: while this test sets it, a note written by any other test would run it.
[NonParallelizable]
public sealed class NoteServiceTests
{
    private const string Note = "# BUG-001 Progress Note\n\n## Status\n- in-progress\n\n## Current Goal\n- Fix it.\n\n## Last Verify\n- none\n\n## Next Step\n- Start.\n";

    [Test]
    public void A_note_changed_on_disk_between_read_and_write_is_refused_and_the_other_edit_survives()
    {
        var root = Path.Combine(Path.GetTempPath(), "harness-core-tests", Guid.NewGuid().ToString("N")[..12]);
        var path = Path.Combine(root, "tasks", "BUG-001-progress.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Note, new UTF8Encoding(false));
        const string theirs = "# BUG-001 Progress Note\n\n## Next Step\n- Someone else's edit.\n";
        NoteService.BeforeWrite = full => File.WriteAllText(full, theirs, new UTF8Encoding(false));
        try
        {
            var request = new NoteRequest("BUG-001", "blocked", null, [], [], [], "Mine.");

            var run = () => NoteService.Run(Workspace.Open(root), request, DateTimeOffset.UtcNow);

            run.Should().Throw<HarnessInputException>().WithMessage("*changed on disk*nothing written*");
            File.ReadAllText(path).Should().Be(theirs);
            File.Exists(path + ".lock").Should().BeFalse("the lock is removed whatever happens");
            Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
        }
        finally
        {
            NoteService.BeforeWrite = null;
            Directory.Delete(root, recursive: true);
        }
    }
}
