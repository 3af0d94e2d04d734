using System.Globalization;
using Harness.Core.Model.Config;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli.Mcp;

/// <summary>
/// The repo's artifacts as MCP resources (harness://artifact/PATH): harness.yml, the docs folder and the task
/// files, then the whole restart prompts (<see cref="McpRestartResources"/>). Listed a page at a time; only a
/// listed file can be read, so no URI reaches outside the repo.
/// </summary>
internal sealed class McpResources
{
    public const string Scheme = "harness://artifact/";
    public const int PageSize = 100;

    private readonly string _repo;
    private readonly McpRestartResources _prompts;

    public McpResources(string repo)
    {
        _repo = repo;
        _prompts = new McpRestartResources(repo);
    }

    /// <summary>One resource as listed: its URI, its name and its MIME type.</summary>
    public sealed record Entry(string Uri, string Name, string MimeType);

    public sealed record Page(IReadOnlyList<Entry> Entries, string? NextCursor);

    public Page List(string? cursor)
    {
        var start = 0;
        if (cursor is not null && (!int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start < 0))
        {
            throw new McpArgumentException($"the cursor '{cursor}' is not one this server gave");
        }
        var all = Artifacts().Select(p => new Entry(UriOf(p), p, MimeOf(p)))
            .Concat(_prompts.List().Select(p => new Entry(p.Uri, p.Name, Markdown)))
            .ToList();
        var page = all.Skip(start).Take(PageSize).ToList();
        var next = start + page.Count < all.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return new Page(page, next);
    }

    /// <summary>The MIME type and text of the artifact or restart prompt at <paramref name="uri"/>; an argument error for anything else.</summary>
    public (string MimeType, string Text) Read(string uri)
    {
        if (McpRestartResources.Owns(uri))
        {
            return (Markdown, _prompts.Read(uri));
        }
        if (!uri.StartsWith(Scheme, StringComparison.Ordinal))
        {
            throw new McpArgumentException($"'{uri}' is no harness artifact URI; they start with {Scheme} (or harness://restart/ for a restart prompt)");
        }
        var path = Uri.UnescapeDataString(uri[Scheme.Length..]);
        if (!Artifacts().Contains(path, StringComparer.Ordinal))
        {
            throw new McpArgumentException($"'{path}' is no artifact of this repo; list the resources to see them");
        }
        if (!SourceFileReader.TryRead(_repo, path, out var text, out var error))
        {
            throw new McpArgumentException(error!.ToString());
        }
        return (MimeOf(path), text!.Text);
    }

    private const string Markdown = "text/markdown";

    private static string MimeOf(string path) => path.EndsWith(".md", StringComparison.Ordinal) ? Markdown : "application/yaml";

    public static string UriOf(string path) => Scheme + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private List<string> Artifacts()
    {
        var config = Workspace.Open(_repo).Config;
        var files = new SortedSet<string>(StringComparer.Ordinal);
        if (File.Exists(Path.Combine(_repo, HarnessConfig.FileName)))
        {
            files.Add(HarnessConfig.FileName);
        }
        foreach (var single in new[] { config.FeatureListPath, config.RestartProtocolPath, config.PlaybookPath })
        {
            if (File.Exists(Path.Combine(_repo, single)) && !RepoPaths.Escapes(single))
            {
                files.Add(single);
            }
        }
        // A folder of "" would be the whole repo: only real folders are walked.
        foreach (var folder in new[] { config.FeatureListFolder, config.TasksPath }.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal))
        {
            AddMarkdown(folder, files);
        }
        return [.. files];
    }

    private void AddMarkdown(string folder, SortedSet<string> files)
    {
        var full = Path.Combine(_repo, folder);
        // A folder that is (or sits under) a link out of the repo is not walked: its files are no artifacts of this repo.
        if (RepoPaths.Escapes(folder) || RepoPathGuard.Refusal(_repo, folder) is not null || !Directory.Exists(full))
        {
            return;
        }
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // Links are not followed into folders: a link loop or a link to / must not make the list endless.
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
        };
        foreach (var file in Directory.EnumerateFiles(full, "*.md", options))
        {
            files.Add(RepoPaths.ToRelative(_repo, file));
        }
    }
}
