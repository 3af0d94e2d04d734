using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Config;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Templates;
using Harness.Core.Model.Text;
using Harness.Core.Model.Writing;

namespace Harness.Core.Init;

/// <summary>
/// Scaffolds harness.yml, the three docs, the tasks folder and the .gitignore lines for harness's own leftovers.
/// Nothing that exists is overwritten: it is kept, or with force replaced after the old file is copied to PATH.bak
/// (PATH.bak.1, .bak.2, ... when earlier backups are there: every earlier version stays). Nothing is read or written through a link that leaves the repo.
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
            throw new HarnessInputException($"{repoRoot}: is a file, not a folder (given as {CommandWords.Repo})");
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
        // Every path is checked before anything is written: a refused link leaves the repo as it was.
        foreach (var path in files.Select(f => f.Path).Append(config.TasksPath))
        {
            RepoPathGuard.FullPath(root, path);
        }
        var pending = new List<PendingFile>();
        foreach (var (path, template, model) in files)
        {
            Check(root, path);
            var content = templates.Render(template, model);
            pending.Add(new PendingFile(path, () => Write(root, path, content, force)));
        }
        var tasks = RepoPathGuard.FullPath(root, config.TasksPath);
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
        pending.Add(GitIgnoreFile.AddPatterns(root));
        return pending;
    }

    /// <summary>Writes a new file; an existing one is kept, or with force backed up (see <see cref="KeepCopy"/>) and replaced.</summary>
    public static FileAction Write(string root, string relativePath, string content, bool force)
    {
        var full = RepoPathGuard.FullPath(root, relativePath);
        Check(root, relativePath);
        if (AtomicFile.TryCreate(full, content))
        {
            return new FileAction(FileActionKind.Created, relativePath);
        }
        if (!force)
        {
            return new FileAction(FileActionKind.Kept, relativePath);
        }
        var backup = KeepCopy(root, relativePath, full);
        AtomicFile.Write(full, content);
        return new FileAction(FileActionKind.Replaced, relativePath, backup);
    }

    /// <summary>
    /// Copies the file's bytes to the first free name of PATH.bak, PATH.bak.1, PATH.bak.2, ... (so the oldest copy has
    /// the lowest number), created atomically and never over anything: a name taken by a file, a folder or a link
    /// (even one to nothing) is passed over, so no backup is written through a link.
    /// </summary>
    private static string KeepCopy(string root, string relativePath, string full)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAll(full, SourceFileReader.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HarnessInputException($"{relativePath}: cannot be backed up before it is replaced ({e.Message}); nothing written");
        }
        for (var number = 0; ; number++)
        {
            var backup = relativePath + (number == 0 ? ".bak" : $".bak.{number}");
            // The folder is the file's own, checked above; the name itself is only ever created, never followed.
            if (AtomicFile.TryCreate(RepoPathGuard.FullPath(root, backup, checkLast: false), bytes))
            {
                return backup;
            }
        }
    }

    private static void Check(string root, string relativePath)
    {
        if (Directory.Exists(Path.Combine(root, relativePath)))
        {
            throw new HarnessInputException($"{relativePath}: is a folder where a file should be; move it away first");
        }
        DanglingLink.Refuse(root, relativePath);
        FileOnTheWay.Refuse(root, relativePath);
    }
}
