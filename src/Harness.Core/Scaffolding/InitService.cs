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
    public static IReadOnlyList<FileAction> Run(string repoRoot, bool force)
    {
        var root = Path.GetFullPath(repoRoot);
        if (File.Exists(root))
        {
            throw new HarnessInputException($"{repoRoot}: is a file, not a folder (given as --repo)");
        }
        Directory.CreateDirectory(root);
        var templates = new TemplateStore(root);
        var config = HarnessConfig.Default;
        var files = new (string Path, string Template, Dictionary<string, object?> Model)[]
        {
            (HarnessConfig.FileName, TemplateStore.Config, []),
            (config.FeatureListPath, TemplateStore.FeatureList, new() { ["feature"] = null, ["title"] = "", ["tracks"] = "" }),
            (config.RestartProtocolPath, TemplateStore.RestartProtocol, []),
            (config.PlaybookPath, TemplateStore.Playbook, []),
        };
        var actions = new List<FileAction>();
        foreach (var (path, template, model) in files)
        {
            actions.Add(Write(root, path, templates.Render(template, model), force));
        }
        var tasks = Path.Combine(root, config.TasksPath);
        if (File.Exists(tasks))
        {
            throw new HarnessInputException($"{config.TasksPath}: is a file where the tasks folder should be");
        }
        if (!Directory.Exists(tasks))
        {
            Directory.CreateDirectory(tasks);
            // git keeps no empty folder; the placeholder keeps tasks/ in a fresh clone.
            AtomicFile.TryCreate(Path.Combine(tasks, ".gitkeep"), "");
            actions.Add(new FileAction(FileActionKind.Created, config.TasksPath + "/"));
        }
        else
        {
            actions.Add(new FileAction(FileActionKind.Kept, config.TasksPath + "/"));
        }
        return actions;
    }

    /// <summary>Writes a new file; an existing one is kept, or with force backed up to PATH.bak and replaced.</summary>
    public static FileAction Write(string root, string relativePath, string content, bool force)
    {
        var full = Path.Combine(root, relativePath);
        if (Directory.Exists(full))
        {
            throw new HarnessInputException($"{relativePath}: is a folder where a file should be; move it away first");
        }
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
}
