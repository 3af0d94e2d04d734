using System.Text.Json;
using System.Xml.Linq;
using Harness.Cli.Tests.Support;
using Json.Schema;

namespace Harness.Cli.Tests.Package;

/// <summary>
/// The `.mcp/server.json` packed into the tool package, by which nuget.org and the MCP registry list harness as an MCP
/// server: it holds what the registry's server.json schema (2025-09-29) requires, and names this package and version.
/// </summary>
public sealed class McpServerJsonTests
{
    // The registry schema's required fields and their rules (name pattern and lengths, a package's registryType,
    // identifier, a fixed version and a transport), as a schema of its own: the registry's file is not shipped here.
    private const string RegistryRequirements = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["name", "description", "version"],
          "properties": {
            "name": { "type": "string", "pattern": "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "minLength": 3, "maxLength": 200 },
            "description": { "type": "string", "minLength": 1, "maxLength": 100 },
            "version": { "type": "string", "maxLength": 255, "not": { "const": "latest" } },
            "packages": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["registryType", "identifier", "version", "transport"],
                "properties": {
                  "registryType": { "type": "string" },
                  "registryBaseUrl": { "type": "string", "format": "uri" },
                  "identifier": { "type": "string" },
                  "version": { "type": "string", "minLength": 1, "not": { "const": "latest" } },
                  "transport": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["stdio", "streamable-http", "sse"] } } }
                }
              }
            }
          }
        }
        """;

    private static string ServerJsonPath => Path.Combine(ProjectFiles.Root, "src", "Harness.Cli", ".mcp", "server.json");

    [Test]
    public void Server_json_holds_what_the_registry_requires()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ServerJsonPath));

        CommandSchemas.Errors(Requirements(), document.RootElement).Should().BeEmpty();
    }

    [Test]
    public void The_requirements_refuse_a_server_json_without_a_name_or_with_a_latest_package()
    {
        using var nameless = JsonDocument.Parse("""{"description":"d","version":"1.0.0"}""");
        using var latest = JsonDocument.Parse("""{"name":"a/b","description":"d","version":"1.0.0","packages":[{"registryType":"nuget","identifier":"X","version":"latest","transport":{"type":"stdio"}}]}""");

        CommandSchemas.Errors(Requirements(), nameless.RootElement).Should().NotBeEmpty();
        CommandSchemas.Errors(Requirements(), latest.RootElement).Should().NotBeEmpty();
    }

    [Test]
    public void Server_json_names_this_package_its_version_and_the_mcp_command()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ServerJsonPath));
        var root = document.RootElement;
        var version = XDocument.Load(Path.Combine(ProjectFiles.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        var project = XDocument.Load(Path.Combine(ProjectFiles.Root, "src", "Harness.Cli", "Harness.Cli.csproj"));

        var package = root.GetProperty("packages").EnumerateArray().Single();

        root.GetProperty("version").GetString().Should().Be(version);
        package.GetProperty("version").GetString().Should().Be(version);
        package.GetProperty("registryType").GetString().Should().Be("nuget");
        package.GetProperty("identifier").GetString().Should().Be(project.Descendants("PackageId").Single().Value);
        package.GetProperty("transport").GetProperty("type").GetString().Should().Be("stdio");
        package.GetProperty("packageArguments").EnumerateArray().Select(a => a.GetProperty("value").GetString()).Should().Equal("mcp");
        project.Descendants("PackageType").Single().Value.Should().Be("McpServer");
    }

    private static JsonSchema Requirements() =>
        JsonSchema.FromText(RegistryRequirements, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
