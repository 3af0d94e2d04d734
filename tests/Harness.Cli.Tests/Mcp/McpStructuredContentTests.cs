using System.Text.Json;
using Harness.Cli.Tests.Support;
using Json.Schema;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Harness.Cli.Tests.Mcp;

/// <summary>
/// Through the real `harness mcp` process and the MCP SDK's client: every tool whose command prints JSON declares that
/// command's schema as its outputSchema and returns its JSON object as structuredContent, valid against it.
/// </summary>
public sealed class McpStructuredContentTests
{
    private static readonly string[] WithJson = ["start", "restart", "lint", "status", "assess", "order", "guard"];

    [Test]
    public async Task A_tool_declares_an_object_output_schema_exactly_when_its_command_prints_json()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var tools = await session.Client.ListToolsAsync();

        foreach (var tool in tools)
        {
            var printsJson = tool.JsonSchema.GetProperty("properties").TryGetProperty("format", out var format)
                && format.GetProperty("enum").EnumerateArray().Any(e => e.GetString() == "json");
            var output = tool.ProtocolTool.OutputSchema;
            printsJson.Should().Be(WithJson.Contains(tool.Name), tool.Name);
            (output is not null).Should().Be(printsJson, tool.Name);
            if (output is { } schema)
            {
                schema.GetProperty("type").GetString().Should().Be("object", tool.Name);
                schema.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString().Should().Be(tool.Name);
            }
        }
    }

    // One server per repo, every call through it: a server process each would crowd a loaded machine.
    private static readonly (string Tool, string Id)[] Calls =
        [("lint", ""), ("status", ""), ("status", "FEATURE-002"), ("restart", "FEATURE-002"), ("assess", "FEATURE-002"), ("order", "FEATURE-002"), ("guard", "FEATURE-002")];

    [TestCase("sample")]
    [TestCase("handwritten")]
    public async Task Structured_content_matches_the_output_schema_in_text_and_in_json(string which)
    {
        using var repo = which == "sample" ? TempRepo.Sample() : TempRepo.Handwritten();
        await using var session = await McpSession.StartAsync(repo.Root);

        foreach (var (tool, id) in Calls)
        {
            var schema = await OutputSchemaAsync(session, tool);
            var arguments = new Dictionary<string, object?>();
            if (id.Length > 0)
            {
                arguments["id"] = id;
            }
            if (tool == "guard")
            {
                arguments["track"] = "B";
            }

            var inText = await CallAsync(session, tool, arguments);
            var inJson = await CallAsync(session, tool, new Dictionary<string, object?>(arguments) { ["format"] = "json" });

            foreach (var result in (CallToolResult[])[inText, inJson])
            {
                result.IsError.Should().NotBe(true, tool);
                result.StructuredContent.Should().NotBeNull(tool);
                result.StructuredContent!.Value.GetProperty("kind").GetString().Should().Be(tool);
                CommandSchemas.Errors(schema, result.StructuredContent.Value).Should().BeEmpty(result.StructuredContent.Value.ToString());
            }
            var jsonText = string.Concat(inJson.Content.OfType<TextContentBlock>().Select(b => b.Text));
            jsonText.Should().Contain($"\"kind\": \"{tool}\"", "the text content still carries the command's output");
        }
    }

    [Test]
    public async Task An_incomplete_restart_packet_is_still_structured_content_that_says_so()
    {
        using var repo = TempRepo.Sample();
        File.Delete(repo.PathOf("tasks/FEATURE-002-progress.md"));
        await using var session = await McpSession.StartAsync(repo.Root);
        var schema = await OutputSchemaAsync(session, "restart");

        var result = await CallAsync(session, "restart", new() { ["id"] = "FEATURE-002", ["track"] = "B" });

        var packet = result.StructuredContent!.Value;
        CommandSchemas.Errors(schema, packet).Should().BeEmpty();
        packet.GetProperty("complete").GetBoolean().Should().BeFalse();
        packet.GetProperty("stopConditions").GetArrayLength().Should().BePositive();
    }

    [Test]
    public async Task An_error_has_no_structured_content_and_a_tool_without_json_output_none()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var error = await CallAsync(session, "status", new() { ["id"] = "NOPE-999" });
        var handoffless = await CallAsync(session, "note", new() { ["id"] = "FEATURE-002", ["question"] = new[] { "Who reviews Track C?" } });

        error.IsError.Should().BeTrue();
        error.StructuredContent.Should().BeNull();
        handoffless.IsError.Should().NotBe(true);
        handoffless.StructuredContent.Should().BeNull();
    }

    [Test]
    public async Task A_schema_from_the_server_refuses_structured_content_with_a_wrong_key()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);
        var schema = await OutputSchemaAsync(session, "status");
        var result = await CallAsync(session, "status", new() { ["id"] = "FEATURE-002" });

        var renamed = result.StructuredContent!.Value.ToString().Replace("\"task\":", "\"feature\":", StringComparison.Ordinal);
        using var wrong = JsonDocument.Parse(renamed);

        CommandSchemas.Errors(schema, wrong.RootElement).Should().NotBeEmpty();
    }

    private static async Task<JsonSchema> OutputSchemaAsync(McpSession session, string tool)
    {
        var tools = await session.Client.ListToolsAsync();
        var declared = tools.Single(t => t.Name == tool).ProtocolTool.OutputSchema!.Value.GetRawText();
        return JsonSchema.FromText(declared, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static async Task<CallToolResult> CallAsync(McpSession session, string tool, Dictionary<string, object?> arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        return await session.Client.CallToolAsync(tool, arguments, cancellationToken: timeout.Token);
    }
}
