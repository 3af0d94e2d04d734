using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init.Agents;

/// <summary>
/// A user's file that harness merges into, opened for an in-place edit only where it belongs to the repo: written
/// back only if nobody changed it in between, so a concurrent edit is never lost.
/// </summary>
internal static class ExistingFile
{
    /// <summary>The file to edit, or null when it does not exist; an input error when it is no readable text.</summary>
    public static InPlaceEdit? Read(string root, string relativePath)
    {
        // The file and every folder above it: a linked CLAUDE.md or .claude/ must not bring outside text into the repo.
        var full = RepoPathGuard.FullPath(root, relativePath);
        DanglingLink.Refuse(root, relativePath);
        FileOnTheWay.Refuse(root, relativePath);
        if (Directory.Exists(full))
        {
            throw new HarnessInputException($"{relativePath}: is a folder where a file should be; move it away first");
        }
        return File.Exists(full) ? InPlaceEdit.Read(full, relativePath) : null;
    }

    /// <summary>The file's update, written when the pending file is applied.</summary>
    public static PendingFile Update(InPlaceEdit edit) => new(edit.Path, () =>
    {
        edit.Write();
        return new FileAction(FileActionKind.Updated, edit.Path);
    });
}
