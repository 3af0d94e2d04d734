using System.Diagnostics;
using System.Text;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// A temporary folder, optionally a real git repo, in which a test runs harness as a user would. It is
/// deleted when the test ends. Each repo sits alone in a folder of its own (`harness-tests/ID/ID`), so that what a
/// test puts beside it (`../outside`) belongs to that test only while tests run in parallel.
/// </summary>
internal sealed class TempRepo : IDisposable
{
    private TempRepo(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>The folder that holds <see cref="Root"/> and whatever a test puts beside it; deleted with the repo.</summary>
    private string Container => Path.GetDirectoryName(Root)!;

    /// <summary>An empty folder outside git.</summary>
    public static TempRepo Empty()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var root = Path.Combine(Path.GetTempPath(), "harness-tests", id, id);
        Directory.CreateDirectory(root);
        return new TempRepo(root);
    }

    /// <summary>An empty git repo with an identity set, and no commit.</summary>
    public static TempRepo Git() => FromTemplate("git", repo => repo.InitGit());

    /// <summary>A git repo holding a copy of sample-repo, committed once.</summary>
    public static TempRepo Sample() => FromTemplate("sample", repo =>
    {
        repo.InitGit();
        CopyFolder(ProjectFiles.SampleRepo, repo.Root);
        repo.CommitAll("sample");
        repo.PackObjects();
    });

    /// <summary>A git repo holding a copy of handwritten-repo (bytes as written: CRLF and BOM kept), committed once.</summary>
    public static TempRepo Handwritten() => FromTemplate("handwritten", repo =>
    {
        repo.InitGit();
        CopyFolder(ProjectFiles.HandwrittenRepo, repo.Root);
        repo.CommitAll("handwritten");
        repo.PackObjects();
    });

    /// <summary>
    /// A copy of the repo <paramref name="build"/> makes, .git included (a copied .git is the same repo: same
    /// commits, HEAD and config, and no absolute path in it). The template is built once per test run, the
    /// first time a test asks for it, so that hundreds of tests do not each spawn the same git commands.
    /// </summary>
    public static TempRepo FromTemplate(string name, Action<TempRepo> build)
    {
        var repo = Empty();
        CopyFolder(RepoTemplates.Get(name, () =>
        {
            var template = new TempRepo(RepoTemplates.FolderFor(name));
            build(template);
            return template.Root;
        }), repo.Root);
        return repo;
    }

    /// <summary>Makes this folder a git repo on branch main with a test identity and unsigned commits.</summary>
    internal void InitGit()
    {
        RunGit("init", "-q", "-b", "main");
        RunGit("config", "user.email", "test@example.com");
        RunGit("config", "user.name", "Test");
        RunGit("config", "commit.gpgsign", "false");
        // A commit otherwise starts `git maintenance run --auto` after it: a process per commit that tests never need.
        RunGit("config", "maintenance.auto", "false");
    }

    /// <summary>
    /// Packs the objects, whole (no deltas, which the in-process status reader would leave to git): two files in
    /// place of a folder and a file per object, so a test's copy of a template creates half the inodes. Creating
    /// and deleting those was the test threads' largest cost in the kernel.
    /// </summary>
    private void PackObjects() => RunGit("repack", "-a", "-d", "-q", "--window=0");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public TempRepo Write(string relative, string content)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return this;
    }

    public TempRepo WriteBytes(string relative, byte[] content)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public bool Exists(string relative) => File.Exists(PathOf(relative)) || Directory.Exists(PathOf(relative));

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> in a file; fails the test when absent.</summary>
    public TempRepo Edit(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        if (index < 0)
        {
            Assert.Fail($"'{oldText}' is not in {relative}");
        }
        return Write(relative, text[..index] + newText + text[(index + oldText.Length)..]);
    }

    public string CommitAll(string message)
    {
        RunGit("add", "-A");
        RunGit("commit", "-q", "--allow-empty", "-m", message);
        return CommittedHead() ?? RunGit("rev-parse", "HEAD").Trim();
    }

    /// <summary>
    /// The commit a branch checked out in this repo's own .git points at, read from its loose ref file as a commit
    /// has just written it; null for any other shape (a linked work tree, a detached HEAD), which git answers.
    /// </summary>
    private string? CommittedHead()
    {
        var head = PathOf(".git/HEAD");
        if (!File.Exists(head) || File.ReadAllText(head).Trim() is not { } text || !text.StartsWith("ref: refs/heads/", StringComparison.Ordinal))
        {
            return null;
        }
        var branch = PathOf(".git/" + text["ref: ".Length..]);
        return File.Exists(branch) && File.ReadAllText(branch).Trim() is { Length: 40 or 64 } hash ? hash : null;
    }

    public string RunGit(params string[] args) => RunGit(check: true, args);

    /// <summary>Runs git and returns its output even when it fails (a merge that stops on a conflict).</summary>
    public string RunGitAllowingFailure(params string[] args) => RunGit(check: false, args);

    private string RunGit(bool check, string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            Assert.Fail($"git {string.Join(' ', args)} failed: {error.Result}");
        }
        return output;
    }

    /// <summary>Runs harness in-process, from this folder, through the real command line.</summary>
    public CliResult Harness(params string[] args) => HarnessRunner.Run(Root, args);

    /// <summary>Runs harness in-process from this folder with these HARNESS_* variables set for it alone.</summary>
    public CliResult HarnessWith(IReadOnlyDictionary<string, string> session, params string[] args) =>
        HarnessRunner.RunWithEnvironment(Root, session, args);

    public void Dispose() => Delete(Container);

    /// <summary>Deletes a folder and all in it; a leftover temporary folder is harmless, so clean-up never fails a test.</summary>
    internal static void Delete(string folder)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static void CopyFolder(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal), overwrite: true);
        }
    }
}
