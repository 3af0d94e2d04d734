using System.Collections;
using System.Diagnostics;
using System.Text;
using Harness.Core.Model.Git;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// A temporary git repository with a HOME of its own, given to git and to the in-process reader alike (never set on
/// the test process: the suite runs in parallel). It compares the reader's status with git's own.
/// </summary>
internal sealed class StatusSandbox : IDisposable
{
    public StatusSandbox()
    {
        Container = Path.Combine(Path.GetTempPath(), "harness-core-tests", "status-" + Guid.NewGuid().ToString("N")[..12]);
        Home = Path.Combine(Container, "home");
        Top = Path.Combine(Container, "top");
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Top);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!name.StartsWith("GIT_", StringComparison.Ordinal) && name != "XDG_CONFIG_HOME")
            {
                variables[name] = (string?)entry.Value ?? "";
            }
        }
        variables["HOME"] = Home;
        Variables = variables;
        Git("init", "-q", "-b", "main");
        // The identity, unsigned commits and no `git maintenance run --auto` after each commit, written as `git
        // config` would write them: four git processes a sandbox fewer, and these tests make hundreds of sandboxes.
        File.AppendAllText(Path.Combine(Top, ".git", "config"),
            "[user]\n\temail = test@example.com\n\tname = Test\n[commit]\n\tgpgsign = false\n[maintenance]\n\tauto = false\n");
    }

    public string Container { get; }

    public string Home { get; }

    public string Top { get; }

    public Dictionary<string, string> Variables { get; }

    public ProcessEnvironment ReaderEnvironment => new(Variables);

    public void Dispose()
    {
        if (Directory.Exists(Container))
        {
            Directory.Delete(Container, recursive: true);
        }
    }

    public string Write(string path, string content, string? top = null)
    {
        var full = Path.Combine(top ?? Top, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void CommitAll(string? top = null)
    {
        GitIn(top ?? Top, "add", "-A");
        GitIn(top ?? Top, "commit", "-q", "--allow-empty", "-m", "commit");
    }

    public string Git(params string[] args) => GitIn(Top, args);

    public string GitIn(string folder, params string[] args) => Run(folder, Variables, args);

    public static string Run(string folder, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var result = RunAllowingFailure(folder, variables, args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {result.Error}");
        }
        return result.Output;
    }

    /// <summary>git with only <paramref name="variables"/> as its environment (and the C locale), whatever its exit code.</summary>
    public static GitResult RunAllowingFailure(string folder, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.Environment.Clear();
        foreach (var (name, value) in variables)
        {
            info.Environment[name] = value;
        }
        info.Environment["LC_ALL"] = "C";
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new GitResult(process.ExitCode, output, error.Result);
    }

    /// <summary>git's own entries for the folder <paramref name="prefix"/> of <paramref name="top"/>, paths from the top.</summary>
    public IReadOnlyList<string> GitEntries(string prefix = "", string? top = null)
    {
        var folder = Path.Combine(top ?? Top, prefix);
        var output = GitIn(folder, "-c", "core.quotepath=false", "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ".");
        return Lines(GitStatus.Parse(new GitResult(0, output, ""), p => p));
    }

    public GitStatus? Fast(string prefix = "", string? top = null) => FastStatus.TryRead(top ?? Top, prefix, ReaderEnvironment, p => p);

    /// <summary>The reader answers, and with git's entries (asked before git, which may refresh the index, and after).</summary>
    public IReadOnlyList<string> ShouldMatchGit(string prefix = "", string? top = null) => ShouldMatchGit(prefix, top, mayFallBack: false);

    /// <summary>
    /// As <see cref="ShouldMatchGit(string, string?)"/>, but the reader may also leave the answer to git (null): after a
    /// same-size rewrite with its mtime put back, git's answer depends on how git was built.
    /// </summary>
    public IReadOnlyList<string> ShouldMatchGit(string prefix, string? top, bool mayFallBack)
    {
        var before = Fast(prefix, top);
        var expected = GitEntries(prefix, top);
        var after = Fast(prefix, top);
        foreach (var answer in new[] { before, after })
        {
            if (answer is null)
            {
                mayFallBack.Should().BeTrue("the in-process reader should answer here");
                continue;
            }
            Lines(answer).Should().Equal(expected);
        }
        return expected;
    }

    public void ShouldFallBack(string prefix = "", string? top = null) =>
        Fast(prefix, top).Should().BeNull("git must answer here");

    public static IReadOnlyList<string> Lines(GitStatus status) =>
        status.Entries.Select(e => $"{e.Index}{e.Tree} {e.Path}").ToList();
}
