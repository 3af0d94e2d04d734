using System.Diagnostics;
using System.Text;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// A temporary folder, optionally a real git repo, in which a test runs harness as a user would. It is
/// deleted when the test ends.
/// </summary>
internal sealed class TempRepo : IDisposable
{
    private TempRepo(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>An empty folder outside git.</summary>
    public static TempRepo Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "harness-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return new TempRepo(root);
    }

    /// <summary>An empty git repo with an identity set, and no commit.</summary>
    public static TempRepo Git()
    {
        var repo = Empty();
        repo.RunGit("init", "-q", "-b", "main");
        repo.RunGit("config", "user.email", "test@example.com");
        repo.RunGit("config", "user.name", "Test");
        repo.RunGit("config", "commit.gpgsign", "false");
        return repo;
    }

    /// <summary>A git repo holding a copy of sample-repo, committed once.</summary>
    public static TempRepo Sample()
    {
        var repo = Git();
        CopyFolder(ProjectFiles.SampleRepo, repo.Root);
        repo.CommitAll("sample");
        return repo;
    }

    /// <summary>A git repo holding a copy of handwritten-repo (bytes as written: CRLF and BOM kept), committed once.</summary>
    public static TempRepo Handwritten()
    {
        var repo = Git();
        CopyFolder(ProjectFiles.HandwrittenRepo, repo.Root);
        repo.CommitAll("handwritten");
        return repo;
    }

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
        return RunGit("rev-parse", "HEAD").Trim();
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

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; never fail a test over its clean-up.
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
