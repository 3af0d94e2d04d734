using System.Reflection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Harness.Cli.Mcp;

/// <summary>
/// `harness mcp`: the Model Context Protocol server over stdio. Tools and resources are served by plain
/// handlers (no reflection-based tool discovery), which keeps the server working under Native AOT.
/// </summary>
internal static class HarnessMcpServer
{
    private const string Instructions =
        "harness keeps the state of long-running tasks in Markdown artifacts. At the start of a session call start with your " +
        "task id and track (or your role), then restart with current=true, and follow the prompt; before you stop call verify, then note.";

    /// <param name="environment">The server's environment, which every tool call reads (HARNESS_TASK, ...) as the command line would.</param>
    public static async Task RunAsync(string repo, Func<string, string?> environment, CancellationToken cancellation)
    {
        var tools = new McpToolRunner(repo, environment);
        var resources = new McpResources(repo);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "harness", Version = Version() },
            ServerInstructions = Instructions,
            Capabilities = new ServerCapabilities { Tools = new ToolsCapability(), Resources = new ResourcesCapability() },
            Handlers = new McpServerHandlers
            {
                ListToolsHandler = (_, _) => ValueTask.FromResult(new ListToolsResult
                {
                    Tools = [.. McpToolCatalog.Tools.Select(ToolOf)],
                }),
                CallToolHandler = async (request, token) =>
                {
                    var progress = request.Params?.ProgressToken is { } progressToken ? ProgressTo(request.Server, progressToken) : null;
                    var result = await tools.CallAsync(request.Params?.Name ?? "", request.Params?.Arguments, progress, token).ConfigureAwait(false);
                    return new CallToolResult { Content = [new TextContentBlock { Text = result.Text }], IsError = result.IsError, StructuredContent = result.Structured };
                },
                ListResourcesHandler = (request, _) =>
                {
                    var page = Guard(() => resources.List(request.Params?.Cursor));
                    return ValueTask.FromResult(new ListResourcesResult
                    {
                        Resources = [.. page.Entries.Select(e => new Resource { Uri = e.Uri, Name = e.Name, MimeType = e.MimeType })],
                        NextCursor = page.NextCursor,
                    });
                },
                ReadResourceHandler = (request, _) =>
                {
                    var uri = request.Params?.Uri ?? "";
                    var (mimeType, text) = Guard(() => resources.Read(uri));
                    return ValueTask.FromResult(new ReadResourceResult
                    {
                        Contents = [new TextResourceContents { Uri = uri, MimeType = mimeType, Text = text }],
                    });
                },
            },
        };
        var transport = new LineTransport(StandardStreams.InputStream(), StandardStreams.OutputStream());
        await using (transport.ConfigureAwait(false))
        {
            var server = McpServer.Create(transport, options);
            await using (server.ConfigureAwait(false))
            {
                await server.RunAsync(cancellation).ConfigureAwait(false);
            }
        }
    }

    private static Tool ToolOf(McpToolSpec tool)
    {
        var traits = McpToolTraits.Of(tool.Name);
        return new Tool
        {
            Name = tool.Name,
            Title = traits.Title,
            Description = tool.Description,
            InputSchema = McpToolSchema.For(tool),
            OutputSchema = McpOutputSchemas.For(tool.Name),
            Annotations = new ToolAnnotations
            {
                Title = traits.Title,
                ReadOnlyHint = traits.ReadOnly,
                DestructiveHint = traits.Destructive,
                IdempotentHint = traits.Idempotent,
                OpenWorldHint = traits.OpenWorld,
            },
        };
    }

    /// <summary>Progress notices for the request that carried <paramref name="token"/>.</summary>
    private static Func<double, string, Task> ProgressTo(McpServer server, ProgressToken token) => async (seconds, message) =>
    {
        try
        {
            await server.NotifyProgressAsync(token, new ProgressNotificationValue { Progress = (float)seconds, Message = message })
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client went away mid-run; a notice that cannot be sent must not fail the call it reports on.
        }
    };

    /// <summary>A caller's mistake becomes an "invalid params" protocol error with the plain message.</summary>
    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (McpArgumentException e)
        {
            throw new McpProtocolException(e.Message, McpErrorCode.InvalidParams);
        }
        catch (Harness.Core.HarnessInputException e)
        {
            throw new McpProtocolException(e.Message, McpErrorCode.InvalidParams);
        }
    }

    private static string Version() =>
        typeof(HarnessMcpServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
