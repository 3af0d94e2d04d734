using System.Diagnostics;
using System.Text;

namespace Harness.Core.Model.Git;

/// <summary>
/// The git facts a command needs, asked of the real git through its porcelain. The harness repo may be a
/// subfolder of the git work tree (the sample is), so every path given out is relative to the harness repo.
/// No git process starts until a command asks for a git fact.
/// </summary>
public sealed class GitRepository
{
    private string? _head;
    private bool _headRead;

    private GitRepository(string repoRoot, string topLevel, string prefix)
    {
        RepoRoot = repoRoot;
        TopLevel = topLevel;
        Prefix = prefix;
    }

    /// <summary>The harness repo folder.</summary>
    public string RepoRoot { get; }

    /// <summary>The top of the git work tree.</summary>
    public string TopLevel { get; }

    /// <summary>The harness repo's path inside the work tree ("" at its top, "sample-repo/" below it).</summary>
    public string Prefix { get; }

    /// <summary>The git work tree that holds <paramref name="repoRoot"/>, or null outside git (or without git).</summary>
    public static GitRepository? Open(string repoRoot)
    {
        // Agents run harness at every session start: finding the work tree by its .git entry costs a few stat
        // calls, where `git rev-parse` costs a process. rev-parse stays for set-ups the walk cannot see.
        if (Environment.GetEnvironmentVariable("GIT_DIR") is null && Environment.GetEnvironmentVariable("GIT_WORK_TREE") is null)
        {
            var root = Path.GetFullPath(repoRoot);
            for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
            {
                var dotGit = Path.Combine(folder.FullName, ".git");
                if (Directory.Exists(dotGit) || File.Exists(dotGit))
                {
                    // Only Windows separates folders with '\\'; on POSIX it is a character a folder name may hold.
                    var relative = Path.GetRelativePath(folder.FullName, root).Replace(Path.DirectorySeparatorChar, '/');
                    var prefix = relative == "." ? "" : relative.TrimEnd('/') + "/";
                    return new GitRepository(repoRoot, folder.FullName, prefix);
                }
            }
            return null;
        }
        var result = Run(repoRoot, "rev-parse", "--show-toplevel", "--show-prefix");
        if (!result.Ok)
        {
            return null;
        }
        var lines = result.Output.Split('\n');
        var top = lines[0].Trim();
        var gitPrefix = lines.Length > 1 ? lines[1].Trim() : "";
        return new GitRepository(repoRoot, top, gitPrefix);
    }

    public GitResult Git(params string[] args) => Run(RepoRoot, args);

    /// <summary>The full hash of HEAD, or null in a repo with no commit yet.</summary>
    public string? Head()
    {
        if (!_headRead)
        {
            var result = Git("rev-parse", "--verify", "-q", "HEAD");
            _head = result.Ok ? result.Output.Trim() : null;
            _headRead = true;
        }
        return _head;
    }

    /// <summary>Turns a path relative to the work tree's top into one relative to the harness repo; null outside it.</summary>
    public string? FromTopLevel(string path)
    {
        if (Prefix.Length == 0)
        {
            return path;
        }
        return path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : null;
    }

    /// <summary>
    /// Files changed in the work tree: tracked files modified, staged, deleted or renamed, and untracked files
    /// git does not ignore; paths relative to the harness repo.
    /// </summary>
    public IReadOnlyList<string> UncommittedChanges() => Status().Changed;

    /// <summary>Paths with unresolved merge conflicts (unmerged entries of the status).</summary>
    public IReadOnlyList<string> Conflicts() => Status().Unmerged;

    /// <summary>
    /// The work tree's status as it is now: read fresh on every call, since a command (a verify run) may change
    /// the tree between two questions. A caller that needs one snapshot keeps the result.
    /// </summary>
    public GitStatus Status() =>
        new(Git("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."), FromTopLevel);

    public static GitResult Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        // Paths come back as UTF-8 text, not octal escapes; no pager, no prompts, no locale surprises.
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["LC_ALL"] = "C";
        info.ArgumentList.Insert(0, "core.quotepath=false");
        info.ArgumentList.Insert(0, "-c");
        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return new GitResult(127, "", "git could not be started", NotInstalled: true);
            }
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new GitResult(127, "", $"git is not installed or not on PATH ({e.Message})", NotInstalled: true);
        }
    }
}
