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
                    Tools = [.. McpToolCatalog.Tools.Select(t => new Tool { Name = t.Name, Description = t.Description, InputSchema = McpToolSchema.For(t), OutputSchema = McpOutputSchemas.For(t.Name) })],
                }),
                CallToolHandler = async (request, token) =>
                {
                    var result = await tools.CallAsync(request.Params?.Name ?? "", request.Params?.Arguments, token).ConfigureAwait(false);
                    return new CallToolResult { Content = [new TextContentBlock { Text = result.Text }], IsError = result.IsError, StructuredContent = result.Structured };
                },
                ListResourcesHandler = (request, _) =>
                {
                    var page = Guard(() => resources.List(request.Params?.Cursor));
                    return ValueTask.FromResult(new ListResourcesResult
                    {
                        Resources = [.. page.Paths.Select(p => new Resource { Uri = McpResources.UriOf(p), Name = p, MimeType = MimeOf(p) })],
                        NextCursor = page.NextCursor,
                    });
                },
                ReadResourceHandler = (request, _) =>
                {
                    var uri = request.Params?.Uri ?? "";
                    var (path, text) = Guard(() => resources.Read(uri));
                    return ValueTask.FromResult(new ReadResourceResult
                    {
                        Contents = [new TextResourceContents { Uri = uri, MimeType = MimeOf(path), Text = text }],
                    });
                },
            },
        };
        var transport = new LineTransport(Console.OpenStandardInput(), Console.OpenStandardOutput());
        await using (transport.ConfigureAwait(false))
        {
            var server = McpServer.Create(transport, options);
            await using (server.ConfigureAwait(false))
            {
                await server.RunAsync(cancellation).ConfigureAwait(false);
            }
        }
    }

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

    private static string MimeOf(string path) => path.EndsWith(".md", StringComparison.Ordinal) ? "text/markdown" : "application/yaml";

    private static string Version() =>
        typeof(HarnessMcpServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
