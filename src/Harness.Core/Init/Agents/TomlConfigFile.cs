using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Harness.Core.Init.Agents;

/// <summary>
/// Codex reads MCP servers from the TOML table `mcp_servers.NAME` (.codex/config.toml). The user's file is parsed
/// with Tomlyn's syntax tree (no object mapping, so nothing here depends on reflection): a file that does not parse
/// is refused, a harness server in any form is kept as it is, and otherwise a `[mcp_servers.harness]` table is
/// appended as text, so every byte the user wrote (comments, layout, line endings) stays. The result is parsed again
/// before anything is written: an append that would not be valid TOML is refused, never written.
/// </summary>
internal static class TomlConfigFile
{
    private const string Servers = "mcp_servers";
    private const string Harness = "harness";

    public static PendingFile AddMcpServer(string root, string relativePath, HarnessCommand command)
    {
        var table = Table(command);
        var existing = ExistingFile.Read(root, relativePath);
        if (existing is null)
        {
            return new PendingFile(relativePath, () =>
            {
                AtomicFile.Write(RepoPathGuard.FullPath(root, relativePath), table);
                return new FileAction(FileActionKind.Created, relativePath);
            });
        }
        var keys = TomlKeyPaths.Of(Parse(existing.Text, relativePath));
        if (keys.Any(key => key.StartsWith(Servers, Harness)))
        {
            return PendingFile.Kept(relativePath, $"its {Servers}.{Harness} server is left as it is");
        }
        if (keys.FirstOrDefault(key => key.Parts.Count == 1 && key.StartsWith(Servers) && key.Node is KeyValueSyntax) is { } inline)
        {
            throw new HarnessInputException($"{relativePath}:{Position(inline.Node.Span.Start)}: {Servers} is written on one line " +
                $"({(inline.IsInlineTable ? "an inline table" : "a value")}), and harness does not rewrite your line; add " +
                $"{Harness} = {{ command = {Quoted(command.Words[0])}, args = {Array(McpArgs(command))} }} to it by hand, then run the command again (nothing was written)");
        }
        if (keys.FirstOrDefault(key => key.Parts.Count == 1 && key.StartsWith(Servers) && key.Node is TableArraySyntax) is { } array)
        {
            throw new HarnessInputException($"{relativePath}:{Position(array.Node.Span.Start)}: [[{Servers}]] is an array of tables, " +
                $"where Codex reads one table of servers by name; a [{Servers}.{Harness}] table would land in its last entry, so " +
                "harness adds nothing; make it [mcp_servers.NAME] tables, then run the command again (nothing was written)");
        }
        existing.AppendBlock(table.Replace("\n", existing.NewLine, StringComparison.Ordinal));
        var merged = SyntaxParser.Parse(existing.Apply(), relativePath, validate: true);
        if (merged.HasErrors)
        {
            throw new HarnessInputException($"{relativePath}: a [{Servers}.{Harness}] table added at its end would not be valid TOML " +
                $"({merged.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error).Message}); add the server by hand, then run the command again (nothing was written)");
        }
        return ExistingFile.Update(existing);
    }

    private static DocumentSyntax Parse(string text, string relativePath)
    {
        var document = SyntaxParser.Parse(text, relativePath, validate: true);
        if (document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) is { } error)
        {
            throw new HarnessInputException($"{relativePath}:{Position(error.Span.Start)}: is not valid TOML ({error.Message}); " +
                "fix it, then run the command again (nothing was written)");
        }
        return document;
    }

    /// <summary>1-based line:column of a position Tomlyn counts from 0.</summary>
    private static string Position(TextPosition position) => $"{position.Line + 1}:{position.Column + 1}";

    private static string Table(HarnessCommand command) => string.Join("\n",
        $"[{Servers}.{Harness}]",
        $"command = {Quoted(command.Words[0])}",
        $"args = {Array(McpArgs(command))}",
        "");

    private static IEnumerable<string> McpArgs(HarnessCommand command) => command.Words.Skip(1).Append("mcp");

    private static string Array(IEnumerable<string> words) => $"[{string.Join(", ", words.Select(Quoted))}]";

    /// <summary>A TOML basic string; the command's words are plain, the escapes are for safety's sake.</summary>
    private static string Quoted(string word) =>
        $"\"{word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
