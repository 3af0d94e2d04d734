using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Mcp;

/// <summary>
/// `harness mcp` fed raw lines on stdin, as a client with a bug (or none at all) would send them: every line
/// gets an answer, and stdin's end does not swallow the answers still owed.
/// </summary>
public sealed class McpProtocolTests
{
    private const string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"手書きのクライアント","version":"1"}}}""";

    [Test]
    public void A_request_followed_at_once_by_the_end_of_input_is_answered()
    {
        using var repo = TempRepo.Sample();

        var answers = Session(repo, Initialize + "\n" + """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"status","arguments":{"id":"FEATURE-002"}}}""" + "\n");

        answers.Select(a => a.GetProperty("id").GetInt32()).Should().BeEquivalentTo([1, 2]);
        var text = answers.Single(a => a.GetProperty("id").GetInt32() == 2).GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString();
        text.Should().StartWith("exit code 0 (ok)").And.Contain("FEATURE-002");
    }

    [Test]
    public void Three_requests_written_at_once_with_the_end_of_input_are_all_answered_a_running_verify_included()
    {
        using var repo = Evidence.SampleWithBriefCommand("sleep 2; echo 検証済み");

        var answers = Session(repo, Initialize + "\n"
            + """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"verify","arguments":{"id":"FEATURE-001"}}}""" + "\n"
            + """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"status","arguments":{"id":"FEATURE-002"}}}""" + "\n");

        answers.Select(a => a.GetProperty("id").GetInt32()).Should().BeEquivalentTo([1, 2, 3]);
        var verify = answers.Single(a => a.GetProperty("id").GetInt32() == 2).GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString();
        verify.Should().StartWith("exit code 0 (ok)\n== FEATURE-001 brief: passed (exit 0").And.Contain("検証済み");
        Evidence.Single(repo, "FEATURE-001").GetProperty("outcome").GetString().Should().Be("passed");
    }

    [TestCase("TERM")]
    [TestCase("INT")]
    public void A_signal_ends_the_server_with_0_and_no_trace(string signal)
    {
        using var repo = TempRepo.Sample();
        using var client = McpLineClient.Start(repo);
        client.Send(Initialize);
        client.AnswerTo(1, TimeSpan.FromSeconds(60));

        using (var kill = Process.Start("kill", ["-" + signal, client.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        var (exitCode, error) = client.WaitForExit(TimeSpan.FromSeconds(30));

        exitCode.Should().Be(0, error);
        error.Should().NotContain("Unhandled").And.NotContain("unexpected error").And.NotContain("\u001b");
    }

    [Test]
    public void On_a_terminal_the_server_writes_its_answers_and_no_terminal_mode_escape()
    {
        using var repo = TempRepo.Sample();
        // stdout is the pseudo-terminal; stdin a pipe that ends after one request, so the session ends by itself.
        var command = $"printf '%s\\n' '{Initialize}' | {HarnessBinary.ShellCommand} mcp";
        var (output, error, exitCode) = PseudoTerminal.Run(repo.Root, command);

        output.Should().Contain("\"protocolVersion\":\"2025-06-18\"", error);
        output.Should().NotContain("\u001b[?1h").And.NotContain("\u001b=", "the terminal keeps its keypad mode");
        output.TrimStart().Should().StartWith("{", "the first thing on the terminal is the server's answer");
        exitCode.Should().Be(0, error);
    }

    [Test]
    public void Invalid_json_a_bom_prefixed_line_and_a_batch_each_get_a_json_rpc_error_and_the_session_goes_on()
    {
        using var repo = TempRepo.Sample();
        var lines = string.Join("\n",
            Initialize,
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":", // cut off mid-message
            "\uFEFF{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}",
            """[{"jsonrpc":"2.0","id":4,"method":"ping"},{"jsonrpc":"2.0","id":5,"method":"ping"}]""",
            """{"id":6,"method":"ping"}""",
            """{"jsonrpc":"2.0","id":7,"method":"ping"}""") + "\r\n";

        var answers = Session(repo, lines);

        // Errors are answered as each line is read; requests as their handlers finish: only ids say which is which.
        answers.Should().HaveCount(6, string.Join('\n', answers));
        var errors = answers.Where(a => a.TryGetProperty("error", out _)).ToList();
        errors.Select(ErrorOf).Should().Equal((null, -32700), (null, -32700), (null, -32600), (6, -32600));
        var messages = errors.Select(e => e.GetProperty("error").GetProperty("message").GetString()).ToList();
        messages[0].Should().StartWith("parse error: ");
        messages[1].Should().Be("parse error: the message starts with a byte order mark (U+FEFF); send each message as UTF-8 JSON without one");
        messages[2].Should().Be("invalid request: a batch (a JSON array of messages) is not supported; send one JSON-RPC message a line");
        messages[3].Should().StartWith("invalid request: ");
        answers.Where(a => a.TryGetProperty("result", out _)).Select(a => a.GetProperty("id").GetInt32()).Should().BeEquivalentTo([1, 7]);
    }

    [Test]
    public void A_message_past_4_MB_is_refused_without_being_read_and_the_next_message_is_answered()
    {
        using var repo = TempRepo.Sample();
        var before = repo.Read("tasks/FEATURE-002-progress.md");
        var huge = new string('長', 2 * 1024 * 1024); // 6 MB of UTF-8 in one note item
        var note = """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"note","arguments":{"id":"FEATURE-002","completed":["""
            + "\"" + huge + "\"" + "]}}}";

        var answers = Session(repo, Initialize + "\n" + note + "\n" + """{"jsonrpc":"2.0","id":3,"method":"ping"}""" + "\n");

        answers.Should().HaveCount(3);
        var error = answers.Single(a => a.TryGetProperty("error", out _));
        ErrorOf(error).Should().Be((null, -32600));
        error.GetProperty("error").GetProperty("message").GetString().Should()
            .Be("invalid request: the message is larger than the 4 MB limit for one JSON-RPC message; it was not read");
        answers.Where(a => a.TryGetProperty("result", out _)).Select(a => a.GetProperty("id").GetInt32()).Should().BeEquivalentTo([1, 3]);
        repo.Read("tasks/FEATURE-002-progress.md").Should().Be(before);
    }

    [Test]
    public async Task A_note_item_past_64_KB_through_mcp_is_an_error_result_and_the_note_is_unchanged()
    {
        using var repo = TempRepo.Sample();
        var before = repo.Read("tasks/FEATURE-002-progress.md");
        await using var session = await McpSession.StartAsync(repo.Root);

        var (text, isError) = await session.CallAsync("note", new() { ["id"] = "FEATURE-002", ["completed"] = new[] { new string('済', 30_000) } });

        isError.Should().BeTrue(text);
        text.Should().StartWith("exit code 2").And.Contain("--completed: the text is 87 KB, past the 64 KB limit for one value; nothing written");
        repo.Read("tasks/FEATURE-002-progress.md").Should().Be(before);
    }

    private static (int? Id, int Code) ErrorOf(JsonElement answer)
    {
        var id = answer.GetProperty("id");
        return (id.ValueKind == JsonValueKind.Null ? null : id.GetInt32(), answer.GetProperty("error").GetProperty("code").GetInt32());
    }

    /// <summary>Starts `harness mcp`, writes <paramref name="input"/> to its stdin, closes it, and reads every answer until it exits.</summary>
    private static List<JsonElement> Session(TempRepo repo, string input)
    {
        var info = HarnessRunner.ProcessInfo(repo.Root, "mcp");
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using (var stdin = process.StandardInput.BaseStream)
        {
            stdin.Write(Encoding.UTF8.GetBytes(input));
        }
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"harness mcp did not exit within 60 s of the end of its input; stderr: {error.Result}");
        }
        process.ExitCode.Should().Be(0, error.Result);
        error.Result.Should().NotContain("unexpected error");
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }
}
