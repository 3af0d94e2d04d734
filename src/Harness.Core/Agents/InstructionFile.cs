using Harness.Core.Scaffolding;
using Harness.Core.Text;
using Harness.Core.Writing;

namespace Harness.Core.Agents;

/// <summary>CLAUDE.md or AGENTS.md: the harness section is appended once, found again by its markers.</summary>
internal static class InstructionFile
{
    public static FileAction AddSection(string root, string relativePath)
    {
        var existing = ExistingFile.Read(root, relativePath);
        if (existing is null)
        {
            AtomicFile.Write(RepoPathGuard.FullPath(root, relativePath), AgentInstructions.Section("\n"));
            return new FileAction(FileActionKind.Created, relativePath);
        }
        if (existing.Text.Contains(AgentInstructions.BeginMarker, StringComparison.Ordinal))
        {
            return new FileAction(FileActionKind.Kept, relativePath);
        }
        existing.Replace(existing.Append(AgentInstructions.Section(existing.Newline)));
        return new FileAction(FileActionKind.Updated, relativePath);
    }
}
