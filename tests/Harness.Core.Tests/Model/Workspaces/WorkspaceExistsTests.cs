using Harness.Core.Tests.Support;

namespace Harness.Core.Tests.Model.Workspaces;

/// <summary>Whether anything is at a path: a file, a folder and a link count (one that leads nowhere too); nothing does not.</summary>
public sealed class WorkspaceExistsTests
{
    [Test]
    public void A_file_a_folder_and_every_kind_of_link_exist_and_nothing_does_not()
    {
        using var repo = new TaskRepo();
        Directory.CreateDirectory(Path.Combine(repo.Root, "tasks/FEAT-1-handoffs"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, "tasks/to-note.md"), "FEAT-1-progress.md");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "tasks/to-nothing.md"), "missing.md");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "tasks/loop-a.md"), "loop-b.md");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "tasks/loop-b.md"), "loop-a.md");
        var workspace = repo.Open();

        string[] present = [TaskRepo.NotePath, "tasks/FEAT-1-handoffs", "tasks/to-note.md", "tasks/to-nothing.md", "tasks/loop-a.md", "tasks"];
        string[] absent = ["tasks/FEAT-1-brief.md", "tasks/FEAT-1-handoffs/x.md", "nowhere/FEAT-1-plan.md"];

        present.Where(p => !workspace.Exists(p)).Should().BeEmpty();
        absent.Where(workspace.Exists).Should().BeEmpty();
    }
}
