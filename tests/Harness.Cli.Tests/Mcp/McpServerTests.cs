using System.Text.Json;
using Harness.Cli.Tests.Support;
using ModelContextProtocol;
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

        tools.Select(t => t.Name).Should().BeEquivalentTo(["start", "restart", "lint", "status", "assess", "order", "guard", "verify", "note", "handoff"]);
        foreach (var tool in tools.Where(t => t.Name != "lint"))
        {
            tool.JsonSchema.GetProperty("properties").TryGetProperty("id", out var id).Should().BeTrue(tool.Name);
            id.TryGetProperty("enum", out _).Should().BeFalse($"{tool.Name}: a task id is no closed list (a task made later is an id too)");
        }
        var guard = tools.Single(t => t.Name == "guard").JsonSchema;
        guard.GetProperty("required").EnumerateArray().Should().BeEmpty("guard's id and track default to the session's (harness start)");
        tools.Single(t => t.Name == "handoff").JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("to");
        guard.GetProperty("properties").GetProperty("files").GetProperty("type").GetString().Should().Be("array");
    }

    [Test]
    public async Task The_lint_format_is_an_enum_of_the_four_formats_and_an_array_argument_reaches_the_command_item_by_item()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var tools = await session.Client.ListToolsAsync();
        var (note, noteIsError) = await session.CallAsync("note", new()
        {
            ["id"] = "FEATURE-002",
            ["completed"] = new[] { "一つ目を確認した", "second item checked" },
            ["question"] = new[] { "Who reviews Track C?" },
        });

        var format = tools.Single(t => t.Name == "lint").JsonSchema.GetProperty("properties").GetProperty("format");
        format.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Equal("text", "json", "sarif", "github");
        noteIsError.Should().BeFalse(note);
        repo.Read("tasks/FEATURE-002-progress.md").Should().Contain("- 一つ目を確認した\n- second item checked\n")
            .And.Contain("- Who reviews Track C?");
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
    public async Task The_whole_restart_prompt_of_each_task_and_unfinished_track_is_a_resource_that_a_cut_prompt_names()
    {
        using var repo = TempRepo.Sample();
        var cut = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete", "--max-chars", "3000");
        var whole = repo.Harness("restart", "FEATURE-002", "--track", "B", "--allow-incomplete");
        await using var session = await McpSession.StartAsync(repo.Root);

        var resources = await session.Client.ListResourcesAsync();
        var prompt = await session.Client.ReadResourceAsync("harness://restart/FEATURE-002/B");
        var planner = await session.Client.ReadResourceAsync("harness://restart/FEATURE-002");
        var unknown = async () => await session.Client.ReadResourceAsync("harness://restart/FEATURE-002/Z");

        resources.Select(r => r.Uri).Should().Contain(["harness://restart/FEATURE-002", "harness://restart/FEATURE-002/B", "harness://restart/FEATURE-002/C"])
            .And.NotContain("harness://restart/FEATURE-002/A", "Track A of the sample is done");
        resources.Single(r => r.Uri == "harness://restart/FEATURE-002/B").MimeType.Should().Be("text/markdown");
        cut.Output.Should().Contain("## Cut to fit 3,000 characters\n")
            .And.Contain("Read the prompt whole with `harness restart FEATURE-002 --track B --out FILE`, then read FILE, or read the MCP resource `harness://restart/FEATURE-002/B` (`harness mcp`)");
        var text = prompt.Contents.OfType<TextResourceContents>().Single().Text;
        text.Length.Should().BeGreaterThan(3000);
        text.TrimEnd().Should().Be(whole.Output.TrimEnd(), "the resource is the prompt restart prints, uncut");
        planner.Contents.OfType<TextResourceContents>().Single().Text.Should().Contain("planner").And.NotContain("## Cut to fit");
        (await unknown.Should().ThrowAsync<McpProtocolException>()).Which.Message.Should().Contain("Z");
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

    [Test]
    public async Task Restart_gives_the_prompt_of_a_complete_packet_and_the_list_of_what_is_missing_of_an_incomplete_one()
    {
        using var repo = TempRepo.Sample();
        repo.Harness("new", "FEATURE-003", "--title", "Not started", "--track", "A:coder-a").ExitCode.Should().Be(0);
        await using var session = await McpSession.StartAsync(repo.Root);

        // Track B's verify must be current to restart (RST007): the tool runs it first, as the command line does.
        var (complete, completeIsError) = await session.CallAsync("restart", new() { ["id"] = "FEATURE-002", ["track"] = "B", ["verify"] = true });
        var (incomplete, incompleteIsError) = await session.CallAsync("restart", new() { ["id"] = "FEATURE-003" });

        completeIsError.Should().BeFalse(complete);
        complete.Should().StartWith("exit code 0 (ok)").And.Contain("You are coder-b").And.Contain("tasks/FEATURE-002-plan.md");
        incompleteIsError.Should().BeFalse("a refusal is an answer, not a failure of the tool");
        incomplete.Should().StartWith("exit code 3 (restart packet incomplete)").And.Contain("no verify result");
    }

    [Test]
    public async Task Verify_records_evidence_and_note_updates_the_progress_note_as_the_command_line_does()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var (verify, _) = await session.CallAsync("verify", new() { ["id"] = "FEATURE-002", ["track"] = new[] { "B" } });
        var (note, noteIsError) = await session.CallAsync("note", new()
        {
            ["id"] = "FEATURE-002",
            ["completed"] = new[] { "監査ログの拒否を確認した" },
            ["next"] = "Ask the reviewer to take Track C.",
        });

        verify.Should().StartWith("exit code 0 (ok)").And.Contain("checks: 5, failures: 0");
        Directory.GetFiles(repo.PathOf(".harness/evidence/FEATURE-002"), "*-B.json").Should().HaveCount(1);
        noteIsError.Should().BeFalse(note);
        var progress = repo.Read("tasks/FEATURE-002-progress.md");
        progress.Should().Contain("監査ログの拒否を確認した").And.Contain("Ask the reviewer to take Track C.");
    }

    [Test]
    public async Task Restart_json_through_mcp_says_null_where_a_track_has_no_command_and_keeps_gates_apart_from_pending()
    {
        using var repo = HandWrittenTask.Repo();
        await using var session = await McpSession.StartAsync(repo.Root);

        // Track B names no verify command: a stop (RST002) that --allow-incomplete renders past.
        var (text, isError) = await session.CallAsync("restart", new() { ["id"] = HandWrittenTask.Id, ["track"] = "B", ["format"] = "json", ["allowIncomplete"] = true, ["limit"] = 100000 });

        isError.Should().BeFalse(text);
        text.Should().StartWith("exit code 0 (ok)").And.NotContain("(no verify command)");
        var root = JsonDocument.Parse(text[(text.IndexOf("--- stdout\n", StringComparison.Ordinal) + 11)..]).RootElement;
        root.GetProperty("verify")[1].GetProperty("command").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("approvalGates").GetArrayLength().Should().Be(4);
        root.GetProperty("pendingApprovals").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task Note_takes_changed_reset_and_refuses_an_unknown_status_as_the_command_line_does()
    {
        using var repo = TempRepo.Sample();
        repo.Write("src/support_hub/report.sh", "# 集計\n");
        await using var session = await McpSession.StartAsync(repo.Root);

        var (refused, refusedIsError) = await session.CallAsync("note", new() { ["id"] = "FEATURE-002", ["status"] = "finished" });
        var (reset, resetIsError) = await session.CallAsync("note", new() { ["id"] = "FEATURE-002", ["changedReset"] = true });

        refusedIsError.Should().BeTrue(refused);
        refused.Should().StartWith("exit code 2").And.Contain("--status 'finished' is not a Progress Note status; use one of: in-progress, blocked");
        resetIsError.Should().BeFalse(reset);
        repo.Read("tasks/FEATURE-002-progress.md").Should().Contain("## Changed Files\n- `src/support_hub/report.sh`\n\n## Resume Steps");
    }

    [Test]
    public async Task An_unknown_task_id_is_an_error_result_with_the_command_lines_message()
    {
        using var repo = TempRepo.Sample();
        await using var session = await McpSession.StartAsync(repo.Root);

        var (text, isError) = await session.CallAsync("status", new() { ["id"] = "FEATURE-999" });

        isError.Should().BeTrue();
        text.Should().StartWith("exit code 2 (usage or input error)").And.Contain("unknown task id 'FEATURE-999'").And.Contain("FEATURE-002");
    }
}
