using Harness.Cli.Tests.Support;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Harness.Cli.Tests.Mcp;

public sealed class McpServerTests
{
    [Test]
    public async Task The_server_lists_every_tool_with_a_schema_whose_task_argument_is_named_id()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var tools = await session.Client.ListToolsAsync();

        tools.Select(t => t.Name).Should().BeEquivalentTo(["restart", "lint", "status", "assess", "order", "guard", "verify", "note", "handoff"]);
        foreach (var tool in tools.Where(t => t.Name != "lint"))
        {
            tool.JsonSchema.GetProperty("properties").TryGetProperty("id", out _).Should().BeTrue(tool.Name);
        }
        var guard = tools.Single(t => t.Name == "guard").JsonSchema;
        guard.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("id", "track");
        guard.GetProperty("properties").GetProperty("files").GetProperty("type").GetString().Should().Be("array");
    }

    [Test]
    public async Task The_artifacts_are_resources_that_read_back_as_the_files_hold_them()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var resources = await session.Client.ListResourcesAsync();

        resources.Select(r => r.Name).Should().Contain(["docs/harness/feature-list.md", "tasks/FEATURE-002-plan.md", "tasks/FEATURE-001-brief.md"]);
        resources.Select(r => r.Name).Should().NotContain(n => n.StartsWith("src/", StringComparison.Ordinal));
        var plan = await session.Client.ReadResourceAsync("harness://artifact/tasks/FEATURE-002-plan.md");
        plan.Contents.OfType<TextResourceContents>().Single().Text.Should().Be(repo.Read("tasks/FEATURE-002-plan.md"));
    }

    [Test]
    public async Task A_resource_outside_the_artifacts_is_refused_with_a_plain_message()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var outside = async () => await session.Client.ReadResourceAsync("harness://artifact/../../etc/passwd");

        (await outside.Should().ThrowAsync<McpProtocolException>()).Which.Message.Should().Contain("is no artifact of this repo");
    }

    [Test]
    public async Task An_argument_the_tool_does_not_take_is_an_error_result_naming_the_arguments_it_does()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var (text, isError) = await session.CallAsync("handoff", new() { ["id"] = "FEATURE-002", ["track"] = "A", ["owner"] = "x" });

        isError.Should().BeTrue();
        text.Should().Contain("unknown argument 'owner'").And.Contain("to");
    }
}
