using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init.Agents;

/// <summary>CLAUDE.md or AGENTS.md: the harness section is appended once, found again by its markers.</summary>
internal static class InstructionFile
{
    public static PendingFile AddSection(string root, string relativePath)
    {
        var existing = ExistingFile.Read(root, relativePath);
        if (existing is null)
        {
            return new PendingFile(relativePath, () =>
            {
                AtomicFile.Write(RepoPathGuard.FullPath(root, relativePath), AgentInstructions.Section("\n"));
                return new FileAction(FileActionKind.Created, relativePath);
            });
        }
        if (existing.Text.Contains(AgentInstructions.BeginMarker, StringComparison.Ordinal))
        {
            return PendingFile.Kept(relativePath);
        }
        existing.AppendBlock(AgentInstructions.Section(existing.NewLine));
        return ExistingFile.Update(existing);
    }
}
