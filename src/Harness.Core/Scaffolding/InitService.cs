using Harness.Core.Config;
using Harness.Core.Templates;
using Harness.Core.Writing;

namespace Harness.Core.Scaffolding;

/// <summary>
/// Scaffolds harness.yml, the three docs and the tasks folder. Nothing that exists is overwritten: it is
/// kept, or with force replaced after the old file is copied to PATH.bak.
/// </summary>
public static class InitService
{
    public static IReadOnlyList<FileAction> Run(string repoRoot, bool force) =>
        Prepare(repoRoot, force).Select(file => file.Apply()).ToList();

    /// <summary>
    /// The files init writes, each checked first (a folder or a link to nothing where a file goes, a file where
    /// tasks/ goes): nothing is written until every one of them, and the agent's files with --agent, passed.
    /// </summary>
    public static IReadOnlyList<PendingFile> Prepare(string repoRoot, bool force)
    {
        var root = Path.GetFullPath(repoRoot);
        if (File.Exists(root))
        {
            throw new HarnessInputException($"{repoRoot}: is a file, not a folder (given as --repo)");
        }
        var templates = new TemplateStore(root);
        var config = HarnessConfig.Default;
        var files = new (string Path, string Template, Dictionary<string, object?> Model)[]
        {
            (HarnessConfig.FileName, TemplateStore.Config, []),
            (config.FeatureListPath, TemplateStore.FeatureList, new() { ["feature"] = null, ["title"] = "", ["tracks"] = "" }),
            (config.RestartProtocolPath, TemplateStore.RestartProtocol, []),
            (config.PlaybookPath, TemplateStore.Playbook, []),
        };
        var pending = new List<PendingFile>();
        foreach (var (path, template, model) in files)
        {
            Check(root, path);
            var content = templates.Render(template, model);
            pending.Add(new PendingFile(path, () => Write(root, path, content, force)));
        }
        var tasks = Path.Combine(root, config.TasksPath);
        if (File.Exists(tasks))
        {
            throw new HarnessInputException($"{config.TasksPath}: is a file where the tasks folder should be");
        }
        pending.Add(new PendingFile(config.TasksPath + "/", () =>
        {
            if (Directory.Exists(tasks))
            {
                return new FileAction(FileActionKind.Kept, config.TasksPath + "/");
            }
            Directory.CreateDirectory(tasks);
            // git keeps no empty folder; the placeholder keeps tasks/ in a fresh clone.
            AtomicFile.TryCreate(Path.Combine(tasks, ".gitkeep"), "");
            return new FileAction(FileActionKind.Created, config.TasksPath + "/");
        }));
        return pending;
    }

    /// <summary>Writes a new file; an existing one is kept, or with force backed up to PATH.bak and replaced.</summary>
    public static FileAction Write(string root, string relativePath, string content, bool force)
    {
        var full = Path.Combine(root, relativePath);
        Check(root, relativePath);
        if (AtomicFile.TryCreate(full, content))
        {
            return new FileAction(FileActionKind.Created, relativePath);
        }
        if (!force)
        {
            return new FileAction(FileActionKind.Kept, relativePath);
        }
        File.Copy(full, full + ".bak", overwrite: true);
        AtomicFile.Write(full, content);
        return new FileAction(FileActionKind.Replaced, relativePath);
    }

    private static void Check(string root, string relativePath)
    {
        if (Directory.Exists(Path.Combine(root, relativePath)))
        {
            throw new HarnessInputException($"{relativePath}: is a folder where a file should be; move it away first");
        }
        DanglingLink.Refuse(root, relativePath);
    }
}
