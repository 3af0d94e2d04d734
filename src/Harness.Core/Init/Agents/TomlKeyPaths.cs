using Tomlyn.Syntax;

namespace Harness.Core.Init.Agents;

/// <summary>One key a TOML document defines, as its full dotted path, with the node that defines it.</summary>
internal sealed record TomlKeyPath(IReadOnlyList<string> Parts, SyntaxNode Node, bool IsInlineTable)
{
    public bool StartsWith(params string[] prefix) =>
        Parts.Count >= prefix.Length && prefix.Select((part, i) => Parts[i] == part).All(same => same);
}

/// <summary>
/// Every key path of a parsed TOML document, whatever form defines it: a `[table]` or `[[array]]` header, a dotted
/// key, a key inside an inline table. The same key reads the same in every form (`[a.b]`, `a.b.c = 1`,
/// `a = { b = ... }`, `"a".b`), so a question about a key has one answer however the user wrote it.
/// </summary>
internal static class TomlKeyPaths
{
    public static IReadOnlyList<TomlKeyPath> Of(DocumentSyntax document)
    {
        var paths = new List<TomlKeyPath>();
        AddKeyValues(paths, [], document.KeyValues);
        foreach (var table in document.Tables)
        {
            var name = Parts(table.Name);
            paths.Add(new TomlKeyPath(name, table, IsInlineTable: false));
            AddKeyValues(paths, name, table.Items);
        }
        return paths;
    }

    private static void AddKeyValues(List<TomlKeyPath> paths, IReadOnlyList<string> prefix, IEnumerable<KeyValueSyntax> keyValues)
    {
        foreach (var keyValue in keyValues)
        {
            var path = prefix.Concat(Parts(keyValue.Key)).ToList();
            var inline = keyValue.Value as InlineTableSyntax;
            paths.Add(new TomlKeyPath(path, keyValue, inline is not null));
            if (inline is not null)
            {
                AddKeyValues(paths, path, inline.Items.Select(item => item.KeyValue).OfType<KeyValueSyntax>());
            }
        }
    }

    private static IReadOnlyList<string> Parts(KeySyntax? key)
    {
        if (key is null)
        {
            return [];
        }
        var parts = new List<string> { Name(key.Key) };
        parts.AddRange(key.DotKeys.Select(dotted => Name(dotted.Key)));
        return parts;
    }

    private static string Name(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => "",
    };
}
