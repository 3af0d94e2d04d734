using System.Text.Json;
using Harness.Cli.Tests.Support;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Harness.Cli.Tests.Mcp;

/// <summary>`harness mcp` started as its own process, connected to through the MCP SDK's own client.</summary>
internal sealed class McpSession : IAsyncDisposable
{
    private McpSession(McpClient client)
    {
        Client = client;
    }

    public McpClient Client { get; }

    public static async Task<McpSession> StartAsync(string repo)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "harness",
            Command = HarnessBinary.FileName,
            Arguments = [.. HarnessBinary.LeadingArguments, "mcp", "--repo", repo],
            WorkingDirectory = repo,
            EnvironmentVariables = new Dictionary<string, string?> { ["NO_COLOR"] = "1" },
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var client = await McpClient.CreateAsync(transport, cancellationToken: timeout.Token);
        return new McpSession(client);
    }

    /// <summary>Calls a tool and returns its text and whether the server marked it an error.</summary>
    public async Task<(string Text, bool IsError)> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var result = await Client.CallToolAsync(tool, arguments, cancellationToken: timeout.Token);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        return (text, result.IsError == true);
    }

    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync() => await Client.DisposeAsync();
}
