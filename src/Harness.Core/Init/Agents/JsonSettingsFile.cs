using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init.Agents;

/// <summary>
/// Agent settings in JSON (.claude/settings.json, .mcp.json): harness adds its entry and keeps every key, hook
/// and server that was there. A file that is no valid JSON is refused with its line, never rewritten.
/// </summary>
internal static class JsonSettingsFile
{
    /// <summary>
    /// A SessionStart hook, as Claude Code (.claude/settings.json) and Codex (.codex/hooks.json) both read it:
    /// `hooks.SessionStart[] = {matcher?, hooks: [{type: command, command}]}`. A hook that already runs harness's
    /// restart, by whatever command, is kept: a second one would print the prompt twice.
    /// </summary>
    public static PendingFile AddSessionStartHook(string root, string relativePath, string command, string? matcher = null) =>
        Merge(root, relativePath, settings =>
        {
            var hooks = ObjectAt(settings, "hooks", relativePath);
            var sessionStart = hooks["SessionStart"] as JsonArray;
            if (hooks["SessionStart"] is not null && sessionStart is null)
            {
                throw new HarnessInputException($"{relativePath}: hooks.SessionStart is not a list; fix it or add the hook by hand");
            }
            if (sessionStart is not null && sessionStart.Any(RunsHarnessRestart))
            {
                return false;
            }
            if (sessionStart is null)
            {
                sessionStart = [];
                hooks["SessionStart"] = sessionStart;
            }
            var entry = new JsonObject();
            if (matcher is not null)
            {
                entry["matcher"] = matcher;
            }
            entry["hooks"] = new JsonArray(new JsonObject { ["type"] = "command", ["command"] = command });
            sessionStart.Add((JsonNode)entry);
            return true;
        });

    /// <summary>The project MCP registration read by Claude Code and other agents: `mcpServers.harness`.</summary>
    public static PendingFile AddMcpServer(string root, string relativePath, HarnessCommand command) =>
        Merge(root, relativePath, settings =>
        {
            var servers = ObjectAt(settings, "mcpServers", relativePath);
            if (servers.ContainsKey("harness"))
            {
                return false;
            }
            var args = new JsonArray(command.Words.Skip(1).Append("mcp").Select(word => (JsonNode)JsonValue.Create(word)).ToArray());
            servers["harness"] = new JsonObject { ["command"] = command.Words[0], ["args"] = args };
            return true;
        });

    private static PendingFile Merge(string root, string relativePath, Func<JsonObject, bool> add)
    {
        var existing = ExistingFile.Read(root, relativePath);
        var settings = existing is null || existing.Text.Trim().Length == 0 ? new JsonObject() : Parse(existing.Text, relativePath);
        if (!add(settings))
        {
            return PendingFile.Kept(relativePath);
        }
        var text = Serialize(settings, existing?.NewLine ?? "\n");
        if (existing is null)
        {
            return new PendingFile(relativePath, () =>
            {
                AtomicFile.Write(RepoPathGuard.FullPath(root, relativePath), text);
                return new FileAction(FileActionKind.Created, relativePath);
            });
        }
        // The whole text is the edit: the JSON is written anew from its object model, its line ending kept.
        existing.Replace(0, existing.Text.Length, text);
        return ExistingFile.Update(existing);
    }

    private static JsonObject Parse(string text, string relativePath)
    {
        JsonNode? node;
        try
        {
            RefuseDuplicateKeys(text, relativePath);
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new HarnessInputException($"{relativePath}:{line}: is not valid JSON ({FirstSentence(e.Message)}); fix it, then run the command again");
        }
        return node as JsonObject
            ?? throw new HarnessInputException($"{relativePath}:1: holds no JSON object; harness adds its entry only to an object");
    }

    /// <summary>
    /// JSON that names one key twice in an object parses, but its object model keeps one value a key (and
    /// fails on the second): harness would drop a value the user wrote, so it names the line and stops.
    /// </summary>
    private static void RefuseDuplicateKeys(string text, string relativePath)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<Dictionary<string, int>>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push(new Dictionary<string, int>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.EndObject:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    var line = LineAt(bytes, (int)reader.TokenStartIndex);
                    if (objects.Peek().TryGetValue(name, out var first))
                    {
                        throw new HarnessInputException($"{relativePath}:{line}: names the key \"{name}\" a second time (first on line {first}); " +
                            "JSON keeps one value a key, so merging would lose one; remove one of them, then run the command again (nothing was written)");
                    }
                    objects.Peek()[name] = line;
                    break;
            }
        }
    }

    private static int LineAt(byte[] bytes, int index) => bytes.AsSpan(0, index).Count((byte)'\n') + 1;

    private static JsonObject ObjectAt(JsonObject parent, string key, string relativePath)
    {
        switch (parent[key])
        {
            case null:
                var created = new JsonObject();
                parent[key] = created;
                return created;
            case JsonObject found:
                return found;
            default:
                throw new HarnessInputException($"{relativePath}: \"{key}\" is not an object; fix it or add the entry by hand");
        }
    }

    private static bool RunsHarnessRestart(JsonNode? entry) =>
        entry is JsonObject group && group["hooks"] is JsonArray hooks && hooks.Any(hook =>
            hook is JsonObject h && h["command"] is JsonValue value && value.TryGetValue<string>(out var text)
            && text.Contains("harness", StringComparison.OrdinalIgnoreCase)
            && text.Contains($"restart {CommandWords.Current}", StringComparison.Ordinal));

    private static string Serialize(JsonObject settings, string newline)
    {
        var text = JsonText.Write(json => settings.WriteTo(json)).Replace("\r\n", "\n", StringComparison.Ordinal);
        return newline == "\n" ? text : text.Replace("\n", newline, StringComparison.Ordinal);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
