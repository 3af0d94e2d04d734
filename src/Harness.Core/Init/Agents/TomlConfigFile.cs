using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init.Agents;

/// <summary>
/// Codex reads MCP servers from a TOML table `[mcp_servers.NAME]`. harness appends its table as text, which
/// keeps every byte of the user's file (comments and layout included) as it was.
/// </summary>
internal static class TomlConfigFile
{
    private const string TableHeader = "[mcp_servers.harness]";

    public static PendingFile AddMcpServer(string root, string relativePath)
    {
        var table = string.Join("\n", TableHeader, "command = \"harness\"", "args = [\"mcp\"]", "");
        var existing = ExistingFile.Read(root, relativePath);
        if (existing is null)
        {
            return new PendingFile(relativePath, () =>
            {
                AtomicFile.Write(RepoPathGuard.FullPath(root, relativePath), table);
                return new FileAction(FileActionKind.Created, relativePath);
            });
        }
        if (HasTable(existing.Text))
        {
            return PendingFile.Kept(relativePath);
        }
        existing.AppendBlock(table.Replace("\n", existing.NewLine, StringComparison.Ordinal));
        return ExistingFile.Update(existing);
    }

    private static bool HasTable(string text) =>
        text.Split('\n').Any(line => line.Trim().Replace(" ", "", StringComparison.Ordinal) is TableHeader or "[mcp_servers.\"harness\"]");
}
