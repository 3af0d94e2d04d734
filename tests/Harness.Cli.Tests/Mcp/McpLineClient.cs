using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Mcp;

/// <summary>
/// `harness mcp` as its own process, spoken to in raw JSON-RPC lines one at a time: for what the SDK's client
/// hides (which requests got no answer, the end of input, a signal).
/// </summary>
internal sealed class McpLineClient : IDisposable
{
    public const string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"行単位のクライアント","version":"1"}}}""";

    private readonly Process _process;
    private readonly Stream _input;
    private readonly List<JsonElement> _received = [];
    private readonly Lock _gate = new();
    private readonly Task _reading;
    private readonly Task<string> _error;

    private McpLineClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _error = process.StandardError.ReadToEndAsync();
        _reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                using var document = JsonDocument.Parse(line);
                lock (_gate)
                {
                    _received.Add(document.RootElement.Clone());
                }
            }
        });
    }

    public int ProcessId => _process.Id;

    public static McpLineClient Start(TempRepo repo)
    {
        var info = HarnessRunner.ProcessInfo(repo.Root, "mcp");
        info.RedirectStandardInput = true;
        return new McpLineClient(Process.Start(info)!);
    }

    public void Send(string line)
    {
        _input.Write(Encoding.UTF8.GetBytes(line + "\n"));
        _input.Flush();
    }

    public void CloseInput() => _input.Close();

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The answer to request <paramref name="id"/>, waited for up to <paramref name="limit"/>.</summary>
    public JsonElement AnswerTo(int id, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var answer = Received.FirstOrDefault(m => IdOf(m) == id);
            if (answer.ValueKind != JsonValueKind.Undefined)
            {
                return answer;
            }
            Thread.Sleep(20);
        }
        throw new AssertionException($"no answer to request {id} within {limit}; received: {string.Join('\n', Received)}");
    }

    /// <summary>Waits for the server to exit and for its last line to be read; its exit code, and its stderr.</summary>
    public (int ExitCode, string Error) WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            throw new AssertionException($"harness mcp did not exit within {limit}; stderr: {(_error.IsCompleted ? _error.Result : "")}");
        }
        _reading.Wait(limit);
        return (_process.ExitCode, _error.Result);
    }

    /// <summary>The ids of the answers (results and errors) received so far.</summary>
    public IReadOnlyList<int> AnsweredIds() =>
        Received.Where(m => m.TryGetProperty("result", out _) || m.TryGetProperty("error", out _)).Select(IdOf).OfType<int>().ToList();

    public static string ToolCall(int id, string tool, string arguments, string? progressToken = null)
    {
        var meta = progressToken is null ? "" : $$""","_meta":{"progressToken":"{{progressToken}}"}""";
        return $$"""{"jsonrpc":"2.0","id":{{id}},"method":"tools/call","params":{"name":"{{tool}}","arguments":{{arguments}}{{meta}}""" + "}}";
    }

    public static string TextOf(JsonElement answer) =>
        answer.GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString()!;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private static int? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt32() : null;
}
