using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Harness.Core.Model.Documents;

/// <summary>
/// Reads YAML through YamlDotNet's representation model (AOT-safe, unlike its reflection deserializer) into
/// <see cref="YamlMap"/>. Lines from YamlDotNet count from 1 within the YAML text; <c>lineOffset</c> moves
/// them to lines of the file.
/// </summary>
public static class YamlReader
{
    /// <summary>Deeper nesting than this is no configuration a person wrote; it is refused, not recursed into.</summary>
    public const int MaxDepth = 64;

    public static YamlMap? ReadMapping(string yaml, string file, int lineOffset, List<Diagnostic> diagnostics, string ruleId)
    {
        var depthError = CheckDepth(yaml);
        if (depthError is { } tooDeep)
        {
            diagnostics.Add(new Diagnostic(ruleId, Severity.Error,
                new SourceLocation(file, tooDeep + lineOffset, 1),
                $"YAML nested more than {MaxDepth} levels deep; flatten it"));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)Math.Max(1, e.Start.Line) + lineOffset;
            var column = (int)Math.Max(1, e.Start.Column);
            diagnostics.Add(new Diagnostic(ruleId, Severity.Error, new SourceLocation(file, line, column),
                $"malformed YAML: {OneLine(e.Message)}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way, not with a YamlException, on some malformed input found by fuzzing: an
            // unclosed flow collection ("- {" then a plain scalar), an empty or invalid tag ("!<>", "!!+0"), a key
            // with no node (" : 0"). It gives no position, so point at the YAML's first line.
            diagnostics.Add(new Diagnostic(ruleId, Severity.Error, new SourceLocation(file, 1 + lineOffset, 1),
                $"malformed YAML: {OneLine(e.Message)} (look for an unclosed {{ or [, an empty key or a bad !tag)"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap();
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(new Diagnostic(ruleId, Severity.Error, Locate(root, file, lineOffset),
                "YAML here must be a mapping of keys to values (key: value)"));
            return null;
        }
        return Convert(mapping, file, lineOffset);
    }

    private static YamlMap Convert(YamlMappingNode root, string file, int lineOffset)
    {
        // Explicit work list, not recursion: nesting is bounded by CheckDepth, and aliases are shared nodes, so
        // an alias bomb is read as references, never expanded.
        var result = new YamlMap();
        var work = new Stack<(YamlMappingNode Node, YamlMap Target, int Depth)>();
        work.Push((root, result, 0));
        while (work.Count > 0)
        {
            var (node, target, depth) = work.Pop();
            foreach (var entry in node.Children)
            {
                var key = entry.Key is YamlScalarNode scalarKey ? scalarKey.Value ?? "" : entry.Key.ToString();
                var value = ToValue(entry.Value, file, lineOffset, depth, work);
                target.Add(new YamlKey(key, Locate(entry.Key, file, lineOffset)), value);
            }
        }
        return result;
    }

    private static YamlValue ToValue(YamlNode node, string file, int lineOffset, int depth,
        Stack<(YamlMappingNode, YamlMap, int)> work)
    {
        var location = Locate(node, file, lineOffset);
        switch (node)
        {
            case YamlScalarNode scalar:
                // A note's `updated:` date or `status:` recurs across thousands of notes, which lint holds at once.
                return new YamlValue(location, SharedStrings.Share(scalar.Value ?? ""), null, null);
            case YamlSequenceNode sequence:
                var items = new List<YamlValue>();
                foreach (var child in sequence.Children)
                {
                    items.Add(child is YamlScalarNode s
                        ? new YamlValue(Locate(child, file, lineOffset), s.Value ?? "", null, null)
                        : new YamlValue(Locate(child, file, lineOffset), null, null, null));
                }
                return new YamlValue(location, null, items, null);
            case YamlMappingNode mapping when depth < MaxDepth:
                var map = new YamlMap();
                work.Push((mapping, map, depth + 1));
                return new YamlValue(location, null, null, map);
            default:
                return new YamlValue(location, null, null, new YamlMap());
        }
    }

    private static SourceLocation Locate(YamlNode node, string file, int lineOffset) =>
        new(file, (int)Math.Max(1, node.Start.Line) + lineOffset, (int)Math.Max(1, node.Start.Column));

    /// <summary>Returns the 1-based line where bracket or indentation nesting passes <see cref="MaxDepth"/>.</summary>
    private static int? CheckDepth(string yaml)
    {
        var depth = 0;
        var line = 1;
        foreach (var ch in yaml)
        {
            switch (ch)
            {
                case '\n':
                    line++;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return line;
                    }
                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return null;
    }

    private static string OneLine(string message)
    {
        var text = Labels.CollapseWhitespace(message);
        return text.Length > 200 ? text[..200] + "..." : text;
    }
}
