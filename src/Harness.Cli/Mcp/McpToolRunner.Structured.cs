using System.Text.Json;

namespace Harness.Cli.Mcp;

/// <summary>
/// The structured result of a tool whose command prints JSON: the command's JSON output object, which matches the
/// tool's outputSchema (<see cref="McpOutputSchemas"/>). A call in another format runs the command once more in JSON.
/// </summary>
internal sealed partial class McpToolRunner
{
    private const string JsonFormat = "--format=json";

    private async Task<JsonElement?> StructuredContentAsync(McpToolSpec tool, List<string> args, int exitCode, string stdout, CancellationToken cancellation)
    {
        if (exitCode == ExitCodes.InputError || McpOutputSchemas.For(tool.Name) is null)
        {
            return null;
        }
        if (args.Contains(JsonFormat) && ObjectOf(stdout) is { } given)
        {
            return given;
        }
        var (_, _, json) = await RunOnceAsync(AsJson(tool, args), new CapturedOutput(), new CapturedOutput(), cancellation).ConfigureAwait(false);
        return ObjectOf(json);
    }

    /// <summary>
    /// The same call in JSON. Restart's --verify already ran the verify (its evidence is what the packet now reads),
    /// so it is not run twice; an incomplete packet is still a packet (`complete: false`, its stop conditions), where
    /// the command line would print none.
    /// </summary>
    private static List<string> AsJson(McpToolSpec tool, List<string> args)
    {
        var json = args.Where(a => !a.StartsWith("--format=", StringComparison.Ordinal) && !a.StartsWith(MaxCharsWord, StringComparison.Ordinal)
            && !(tool.Name == "restart" && a == "--verify")).ToList();
        var end = json.IndexOf("--");
        json.Insert(end, JsonFormat);
        if (tool.Name == "restart" && !json.Contains("--allow-incomplete"))
        {
            json.Insert(end, "--allow-incomplete");
        }
        return json;
    }

    private static JsonElement? ObjectOf(string stdout)
    {
        if (stdout.Length == 0)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(stdout);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
