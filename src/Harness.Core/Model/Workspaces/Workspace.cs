using System.Collections.Concurrent;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Config;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Git;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Workspaces;

/// <summary>
/// Every artifact of one repo, each file read and parsed at most once per command (on first use, safe to
/// ask from several threads), plus its git facts. Files that cannot be read are collected as input errors.
/// </summary>
public sealed class Workspace
{
    private readonly ConcurrentDictionary<string, Lazy<Artifact?>> _artifacts = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<InputError> _inputErrors = [];
    private readonly Lazy<IGitRepository?> _git;
    private readonly Lazy<IReadOnlyList<FeatureList>> _featureLists;
    private readonly Lazy<IReadOnlyList<string>> _taskIds;
    private readonly Lazy<IReadOnlyList<string>> _repoFiles;
    private readonly Lazy<IReadOnlyList<string>> _archivedIds;
    private readonly RepoFolderGuard _folders;

    private Workspace(string root, HarnessConfig config, string? configPath, List<Diagnostic> configDiagnostics,
        Func<string, IGitRepository?> openGit)
    {
        Root = root;
        _folders = new RepoFolderGuard(root);
        Config = config;
        ConfigPath = configPath;
        ConfigDiagnostics = configDiagnostics;
        _git = new Lazy<IGitRepository?>(() => openGit(Root));
        _featureLists = new Lazy<IReadOnlyList<FeatureList>>(DiscoverFeatureLists);
        _taskIds = new Lazy<IReadOnlyList<string>>(DiscoverTaskIds);
        _repoFiles = new Lazy<IReadOnlyList<string>>(() => RepoFileList.List(Root, Git));
        _archivedIds = new Lazy<IReadOnlyList<string>>(DiscoverArchivedIds);
    }

    /// <summary>The repo folder, full path.</summary>
    public string Root { get; }

    public HarnessConfig Config { get; }

    /// <summary>"harness.yml" when the repo has one, else null.</summary>
    public string? ConfigPath { get; }

    public IReadOnlyList<Diagnostic> ConfigDiagnostics { get; }

    /// <summary>Files that could not be read, in the order they were met.</summary>
    public IReadOnlyList<InputError> InputErrors => _inputErrors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ToList();

    /// <summary>Stops the command with every unreadable file so far, each on its own line (exit 2).</summary>
    public void ThrowIfInputErrors()
    {
        var errors = InputErrors;
        if (errors.Count > 0)
        {
            throw new HarnessInputException(string.Join('\n', errors.Select(e => e.ToString())));
        }
    }

    /// <summary>The git work tree holding the repo, or null outside git; git is not asked until first use.</summary>
    public IGitRepository? Git => _git.Value;

    public static Workspace Open(string repoDirectory) => Open(repoDirectory, GitProcessRepository.Open);

    /// <summary>
    /// The git work tree of the repo <see cref="Open(string)"/> would open, found before it reads anything, so that
    /// a command can start its git queries first (null outside git, and for a folder that is not there, which
    /// Open then reports).
    /// </summary>
    public static IGitRepository? OpenGit(string repoDirectory)
    {
        var root = Path.GetFullPath(repoDirectory);
        return Directory.Exists(root) ? GitProcessRepository.Open(root) : null;
    }

    /// <summary>
    /// Opens the repo with git answered by <paramref name="openGit"/> (given the repo root): a test's in-memory git,
    /// or the work tree <see cref="OpenGit"/> found.
    /// </summary>
    public static Workspace Open(string repoDirectory, Func<string, IGitRepository?> openGit)
    {
        var root = Path.GetFullPath(repoDirectory);
        if (!Directory.Exists(root))
        {
            throw new HarnessInputException($"{repoDirectory}: no such folder (given as {CommandWords.Repo})");
        }
        var diagnostics = new List<Diagnostic>();
        var config = HarnessConfig.Default;
        string? configPath = null;
        var full = Path.Combine(root, HarnessConfig.FileName);
        if (File.Exists(full) || Directory.Exists(full))
        {
            configPath = HarnessConfig.FileName;
            if (!SourceFileReader.TryRead(root, HarnessConfig.FileName, out var source, out var error))
            {
                throw new HarnessInputException(error!.ToString());
            }
            config = HarnessConfigReader.Read(source!, diagnostics);
        }
        return new Workspace(root, config, configPath, diagnostics, openGit);
    }

    /// <summary>
    /// The full path of a repo-relative path harness reads or writes; an input error (exit 2) when a link on the way
    /// leaves the repo.
    /// </summary>
    public string FullPath(string relativePath) => _folders.FullPath(relativePath);

    /// <summary>The link checks of this command call: each folder of the repo walked once.</summary>
    public RepoFolderGuard Folders => _folders;

    /// <summary>True when anything is at the path (a link too); asks nothing of where it leads.</summary>
    public bool Exists(string relativePath) =>
        // One lstat, which sees a file, a folder and a link (even one to nothing) alike: lint asks this of three
        // optional files of every task, most of them absent, where a stat, a second stat and a readlink cost three.
        new FileInfo(Path.Combine(Root, relativePath)).Attributes != (FileAttributes)(-1);

    public FeatureList? ReadFeatureList(string path) => Read(path, d => new FeatureList(d, Config.IdPattern));

    public Plan? ReadPlan(string path) => Read(path, d => new Plan(d));

    public TaskBrief? ReadBrief(string path) => Read(path, d => new TaskBrief(d));

    public ProgressNote? ReadNote(string path) => Read(path, d => new ProgressNote(d));

    public HandoffDocument? ReadHandoff(string path) => Read(path, d => new HandoffDocument(d));

    public RestartProtocol? RestartProtocol => Read(Config.RestartProtocolPath, d => new RestartProtocol(d));

    public Playbook? Playbook => Read(Config.PlaybookPath, d => new Playbook(d));

    /// <summary>Every feature list: the default one and feature-list-*.md beside it.</summary>
    public IReadOnlyList<FeatureList> FeatureLists => _featureLists.Value;

    /// <summary>Ids of every task: from tasks/ID-plan.md, ID-brief.md, ID-progress.md, and feature lists.</summary>
    public IReadOnlyList<string> TaskIds => _taskIds.Value;

    /// <summary>True when the repo holds any harness artifact at all.</summary>
    public bool HasArtifacts =>
        TaskIds.Count > 0 || Exists(Config.FeatureListPath) || Exists(Config.RestartProtocolPath) || Exists(Config.PlaybookPath);

    /// <summary>
    /// The repo's files, repo-relative: tracked and untracked-but-not-ignored files in git; outside git, every
    /// file under the repo but .git, .harness, bin and obj. Read once, on first use.
    /// </summary>
    public IReadOnlyList<string> RepoFiles => _repoFiles.Value;

    public HarnessTask? FindTask(string id)
    {
        var match = TaskIds.FirstOrDefault(t => string.Equals(t, id, StringComparison.Ordinal));
        return match is null ? null : new HarnessTask(this, match);
    }

    /// <summary>The task with this id, or an input error that names the id and the tasks that do exist.</summary>
    public HarnessTask GetTask(string id)
    {
        TaskIdSafety.ThrowIfUnsafe(id);
        var task = FindTask(id);
        if (task is not null)
        {
            return task;
        }
        if (ArchivedTaskIds.Contains(id, StringComparer.Ordinal))
        {
            throw new HarnessInputException(ArchivedMessage(id));
        }
        var known = TaskIds.Count == 0 ? $"there are none yet (start one with {CommandWords.New})" : string.Join(", ", TaskIds);
        throw new HarnessInputException($"unknown task id '{id}' in {Root}; tasks here: {known}");
    }

    /// <summary>Where finished tasks are kept (tasks/archive/ID/).</summary>
    public TaskArchive Archive => new(Config);

    /// <summary>Ids of the archived tasks: the folders of the archive named as task ids are.</summary>
    public IReadOnlyList<string> ArchivedTaskIds => _archivedIds.Value;

    /// <summary>
    /// One line saying that a task is archived, where it is, and the moves that bring it back (for a command naming
    /// an archived task).
    /// </summary>
    public string ArchivedMessage(string id)
    {
        var archive = Archive;
        var folder = FullPath(archive.FolderOf(id));
        var moves = Directory.EnumerateFileSystemEntries(folder)
            .Select(e => archive.Origin(id, Path.GetFileName(e)))
            .OrderBy(p => p.Archived, StringComparer.Ordinal)
            .Select(p => $"{p.Archived} -> {p.Live}");
        return $"{id} is archived in {archive.FolderOf(id)}/ (`{CommandWords.Archive(id)}`); to bring it back, move its files back where they were " +
            $"(git mv for those git tracks): {string.Join(", ", moves)}";
    }

    /// <summary>The archived tasks, each with its folder.</summary>
    public IReadOnlyList<ArchivedTask> ArchivedTasks => ArchivedTaskIds.Select(id => new ArchivedTask(id, Archive.FolderOf(id))).ToList();

    /// <summary>A handle for a task that may not exist yet (for new).</summary>
    public HarnessTask TaskHandle(string id) => new(this, id);

    public FeatureList? FeatureListOf(string featureId) =>
        FeatureLists.FirstOrDefault(f => f.Feature is not null && string.Equals(f.Feature.Text, featureId, StringComparison.Ordinal));

    /// <summary>Markdown files directly in a folder, by name; none when the folder is missing.</summary>
    public IReadOnlyList<string> ListMarkdown(string folder)
    {
        // Most tasks have no handoffs folder: one lstat says so, before the link checks and the stat of a folder.
        if (!Exists(folder))
        {
            return [];
        }
        var full = FullPath(folder);
        if (!Directory.Exists(full))
        {
            return [];
        }
        return Directory.EnumerateFiles(full, "*.md")
            .Select(f => RepoPaths.ToRelative(Root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads and parses every task artifact and feature list, in parallel (lint reads them all).</summary>
    public void LoadAll()
    {
        var paths = new List<Action>();
        foreach (var id in TaskIds)
        {
            var task = new HarnessTask(this, id);
            paths.Add(() => _ = task.Plan);
            paths.Add(() => _ = task.Brief);
            paths.Add(() => _ = task.Note);
            foreach (var handoff in task.HandoffPaths)
            {
                paths.Add(() => _ = ReadHandoff(handoff));
            }
        }
        paths.Add(() => _ = RestartProtocol);
        paths.Add(() => _ = Playbook);
        Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, [.. paths]);
    }

    private T? Read<T>(string relativePath, Func<MarkdownDocument, T> create) where T : Artifact
    {
        var lazy = _artifacts.GetOrAdd(relativePath, path => new Lazy<Artifact?>(() =>
        {
            if (!Exists(path))
            {
                return null;
            }
            if (!SourceFileReader.TryRead(_folders, path, out var source, out var error))
            {
                _inputErrors.Add(error!);
                return null;
            }
            if (!MarkdownDocument.TryParse(source!, Config.Headings, out var document, out var parseError))
            {
                _inputErrors.Add(parseError!);
                return null;
            }
            return create(document!);
        }));
        return lazy.Value as T;
    }

    private IReadOnlyList<FeatureList> DiscoverFeatureLists()
    {
        var paths = new List<string>();
        if (Exists(Config.FeatureListPath))
        {
            paths.Add(Config.FeatureListPath);
        }
        var folder = FullPath(Config.FeatureListFolder);
        if (Directory.Exists(folder))
        {
            paths.AddRange(Directory.EnumerateFileSystemEntries(folder, "feature-list-*.md")
                .Select(f => RepoPaths.ToRelative(Root, f))
                .Where(p => p != Config.FeatureListPath)
                .Order(StringComparer.Ordinal));
        }
        var lists = new FeatureList?[paths.Count];
        Parallel.For(0, paths.Count, i => lists[i] = ReadFeatureList(paths[i]));
        return lists.OfType<FeatureList>().ToList();
    }

    private IReadOnlyList<string> DiscoverArchivedIds()
    {
        var folder = FullPath(Archive.Root);
        return Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>().Where(Config.IsValidId).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>Tasks directly in the tasks folder (the archive below it is never read as live tasks) and feature lists.</summary>
    private IReadOnlyList<string> DiscoverTaskIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var folder = FullPath(Config.TasksPath);
        if (Directory.Exists(folder))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*.md"))
            {
                var name = Path.GetFileNameWithoutExtension(entry);
                foreach (var suffix in (string[])["-plan", "-brief", "-progress"])
                {
                    if (name.EndsWith(suffix, StringComparison.Ordinal) && Config.IsValidId(name[..^suffix.Length]))
                    {
                        ids.Add(name[..^suffix.Length]);
                    }
                }
            }
        }
        foreach (var list in FeatureLists)
        {
            if (list.Feature is { } feature && Config.IsValidId(feature.Text))
            {
                ids.Add(feature.Text);
            }
        }
        return ids.ToList();
    }
}
