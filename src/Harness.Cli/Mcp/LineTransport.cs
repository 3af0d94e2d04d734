using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Harness.Cli.Mcp;

/// <summary>
/// The MCP server's stdio transport: one JSON-RPC message a line, in place of the SDK's StdioServerTransport,
/// which drops a line it cannot parse without an answer, reads a line of any length into memory, and stops
/// answering the moment stdin ends. Here a line past <see cref="MaxMessageBytes"/> is skipped as it streams
/// by (never held whole) and answered with an Invalid Request error; a line that is not JSON (a byte order
/// mark in front counts) gets a Parse error, a batch or a non-message an Invalid Request error; and when
/// stdin ends, the requests already received are answered before the server is told the session is over.
/// </summary>
internal sealed class LineTransport : TransportBase
{
    /// <summary>The largest JSON-RPC message (one line, UTF-8 bytes) the server reads.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    private const int ParseError = -32700;
    private const int InvalidRequest = -32600;

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly Lock _pendingGate = new();
    private readonly HashSet<RequestId> _pending = [];
    private readonly CancellationTokenSource _shutdown = new();
    private bool _inputEnded;
    private int _disposed;

    public LineTransport(Stream input, Stream output)
        : base("harness (stdio)", null)
    {
        _input = input;
        _output = output;
        SetConnected();
        _ = Task.Run(ReadLinesAsync);
    }

    public override async Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(message, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage)));
        await WriteLineAsync(json, cancellationToken).ConfigureAwait(false);
        if (message is JsonRpcResponse or JsonRpcError)
        {
            Answered(((JsonRpcMessageWithId)message).Id);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _shutdown.CancelAsync().ConfigureAwait(false);
        SetDisconnected();
        // The read of stdin may sit in a system call no token reaches; the process ends with it. The token
        // source and the send gate are left to the collector: a late send or read may still hold them.
    }

    private async Task ReadLinesAsync()
    {
        var token = _shutdown.Token;
        var chunk = new byte[64 * 1024];
        var line = new ArrayBufferWriter<byte>();
        var tooLong = false;
        try
        {
            int read;
            while ((read = await _input.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
            {
                var rest = chunk.AsMemory(0, read);
                while (rest.Length > 0)
                {
                    var end = rest.Span.IndexOf((byte)'\n');
                    var part = end < 0 ? rest : rest[..end];
                    if (!tooLong && line.WrittenCount + part.Length > MaxMessageBytes)
                    {
                        tooLong = true;
                        line.ResetWrittenCount();
                    }
                    if (!tooLong)
                    {
                        line.Write(part.Span);
                    }
                    if (end < 0)
                    {
                        break;
                    }
                    await HandleLineAsync(line.WrittenMemory, tooLong, token).ConfigureAwait(false);
                    line.ResetWrittenCount();
                    tooLong = false;
                    rest = rest[(end + 1)..];
                }
            }
            if (line.WrittenCount > 0 || tooLong)
            {
                await HandleLineAsync(line.WrittenMemory, tooLong, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The server is shutting down (Ctrl-C).
        }
        catch (IOException)
        {
            // stdin broke: the same as its end.
        }
        InputEnded();
    }

    private async Task HandleLineAsync(ReadOnlyMemory<byte> line, bool tooLong, CancellationToken token)
    {
        if (tooLong)
        {
            await SendErrorAsync(null, InvalidRequest,
                $"invalid request: the message is larger than the {MaxMessageBytes / (1024 * 1024)} MB limit for one JSON-RPC message; it was not read", token).ConfigureAwait(false);
            return;
        }
        var bytes = line.Span.TrimEnd((byte)'\r');
        if (bytes.TrimStart(" \t"u8).IsEmpty)
        {
            return;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            await SendErrorAsync(null, ParseError,
                "parse error: the message starts with a byte order mark (U+FEFF); send each message as UTF-8 JSON without one", token).ConfigureAwait(false);
            return;
        }
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line[..bytes.Length]);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            await SendErrorAsync(null, ParseError, $"parse error: {e.Message}", token).ConfigureAwait(false);
            return;
        }
        if (root.ValueKind == JsonValueKind.Array)
        {
            await SendErrorAsync(null, InvalidRequest,
                "invalid request: a batch (a JSON array of messages) is not supported; send one JSON-RPC message a line", token).ConfigureAwait(false);
            return;
        }
        var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var given)
            && given.ValueKind is JsonValueKind.String or JsonValueKind.Number ? given : (JsonElement?)null;
        JsonRpcMessage? message;
        try
        {
            message = root.ValueKind == JsonValueKind.Object
                ? root.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage))) as JsonRpcMessage
                : null;
        }
        catch (JsonException e)
        {
            await SendErrorAsync(id, InvalidRequest, $"invalid request: {e.Message}", token).ConfigureAwait(false);
            return;
        }
        if (message is null)
        {
            await SendErrorAsync(id, InvalidRequest, "invalid request: a JSON-RPC message is a JSON object with \"jsonrpc\": \"2.0\"", token).ConfigureAwait(false);
            return;
        }
        if (message is JsonRpcRequest request)
        {
            lock (_pendingGate)
            {
                _pending.Add(request.Id);
            }
        }
        else if (message is JsonRpcNotification { Method: NotificationMethods.CancelledNotification } cancelled && CancelledId(cancelled.Params) is { } gone)
        {
            // A cancelled request may get no answer at all; the end of input does not wait for it.
            Answered(gone);
        }
        await WriteMessageAsync(message, token).ConfigureAwait(false);
    }

    private static RequestId? CancelledId(JsonNode? parameters)
    {
        if (parameters?["requestId"] is not JsonValue value)
        {
            return null;
        }
        return value.TryGetValue<string>(out var text) ? new RequestId(text)
            : value.TryGetValue<long>(out var number) ? new RequestId(number)
            : null;
    }

    private async Task SendErrorAsync(JsonElement? id, int code, string text, CancellationToken token)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (id is { } known)
            {
                known.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", text);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        await WriteLineAsync(buffer.WrittenMemory, token).ConfigureAwait(false);
    }

    private async Task WriteLineAsync(ReadOnlyMemory<byte> json, CancellationToken token)
    {
        await _sendGate.WaitAsync(token).ConfigureAwait(false);
        try
        {
            await _output.WriteAsync(json, token).ConfigureAwait(false);
            await _output.WriteAsync("\n"u8.ToArray(), token).ConfigureAwait(false);
            await _output.FlushAsync(token).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private void Answered(RequestId id)
    {
        bool over;
        lock (_pendingGate)
        {
            _pending.Remove(id);
            over = _inputEnded && _pending.Count == 0;
        }
        if (over)
        {
            SetDisconnected();
        }
    }

    private void InputEnded()
    {
        bool over;
        lock (_pendingGate)
        {
            _inputEnded = true;
            over = _pending.Count == 0;
        }
        if (over)
        {
            SetDisconnected();
        }
    }
}
