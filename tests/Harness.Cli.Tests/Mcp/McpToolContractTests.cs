using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Mcp;

/// <summary>What tools/list promises a client of each tool, and how a call that breaks the promised schema is told so.</summary>
public sealed class McpToolContractTests
{
    // What each tool does, said here once more on purpose: the server's table may not drift from what docs/agents.md tells users.
    private static readonly Dictionary<string, (bool ReadOnly, bool Destructive, bool Idempotent, bool OpenWorld)> Expected = new()
    {
        ["start"] = (false, false, true, false),
        ["restart"] = (true, false, true, false),
        ["lint"] = (true, false, true, false),
        ["status"] = (true, false, true, false),
        ["assess"] = (true, false, true, false),
        ["order"] = (true, false, true, false),
        ["guard"] = (true, false, true, false),
        ["verify"] = (false, false, false, true),
        ["note"] = (false, false, false, false),
        ["handoff"] = (false, false, false, false),
    };

    [Test]
    public async Task Every_tool_declares_a_title_and_all_four_hints()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var tools = await session.Client.ListToolsAsync();

        tools.Select(t => t.Name).Should().BeEquivalentTo(Expected.Keys);
        foreach (var tool in tools)
        {
            var annotations = tool.ProtocolTool.Annotations;
            annotations.Should().NotBeNull(tool.Name);
            annotations!.Title.Should().NotBeNullOrWhiteSpace(tool.Name);
            tool.ProtocolTool.Title.Should().Be(annotations.Title, tool.Name);
            (annotations.ReadOnlyHint, annotations.DestructiveHint, annotations.IdempotentHint, annotations.OpenWorldHint)
                .Should().Be(((bool?, bool?, bool?, bool?))Expected[tool.Name], tool.Name);
        }
    }

    [TestCase("note", """{"id":"FEATURE-002","completed":"notarray"}""", "note: 'completed' must be an array of strings, not a string")]
    [TestCase("note", """{"id":"FEATURE-002","completed":["one", 2]}""", "note: 'completed' must be an array of strings, not an array holding a number")]
    [TestCase("lint", """{"format":"xml"}""", "lint: 'format' is 'xml'; it takes one of text, json, sarif, github")]
    [TestCase("status", """{"id":2}""", "status: 'id' must be a string, not a number")]
    [TestCase("note", """{"id":"FEATURE-002","changedReset":"yes"}""", "note: 'changedReset' must be true or false, not a string")]
    [TestCase("note", """{"id":"FEATURE-002","next":"n","owner":"x"}""", "note: unknown argument 'owner'; it takes id, ")]
    [TestCase("handoff", """{"id":"FEATURE-002","track":"A"}""", "handoff: the argument 'to' is required")]
    [TestCase("status", """{"id":"FEATURE-002","limit":"many"}""", "status: 'limit' must be a whole number, not a string")]
    public void An_argument_that_breaks_the_schema_is_an_exit_code_2_error_naming_it_and_nothing_is_written(string tool, string arguments, string message)
    {
        using var repo = TempRepo.Sample();
        var before = repo.Read("tasks/FEATURE-002-progress.md");
        var status = repo.RunGit("status", "--porcelain");
        using var client = McpLineClient.Start(repo);
        client.Send(McpLineClient.Initialize);

        client.Send(McpLineClient.ToolCall(2, tool, arguments));
        var answer = client.AnswerTo(2, TimeSpan.FromSeconds(60));
        client.CloseInput();
        client.WaitForExit(TimeSpan.FromSeconds(60));

        answer.GetProperty("result").GetProperty("isError").GetBoolean().Should().BeTrue(answer.ToString());
        McpLineClient.TextOf(answer).Should().StartWith($"exit code 2 (usage or input error)\n--- stderr\nharness: {message}");
        repo.Read("tasks/FEATURE-002-progress.md").Should().Be(before);
        repo.RunGit("status", "--porcelain").Should().Be(status);
    }
}
