using System.Diagnostics;
using System.Text;
using Harness.Core.Model.Git;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// A temporary repository (see <see cref="StatusSandbox"/>: a HOME of its own, never the machine's) whose config
/// files a test writes as bytes, and which compares the in-process config reader with `git -c core.quotepath=false
/// config` run in the same environment, byte for byte: output and exit code.
/// </summary>
internal sealed class ConfigSandbox : IDisposable
{
    /// <summary>The regexes compared, each with the key prefixes the reader takes for it.</summary>
    public static readonly (string Regex, string[] Prefixes)[] Questions =
    [
        (@"^(core|extensions|harness|branch)\.|^include", ["core.", "extensions.", "harness.", "branch.", "include"]),
        (@"^harness\.", ["harness."]),
        (@"^core\.", ["core."]),
        (@"^x\.", ["x."]),
        (".", [""]),
    ];

    private readonly StatusSandbox _box = new();

    // A copy: a test changes HOME or XDG_CONFIG_HOME for git and the reader alike.
    public ConfigSandbox() => Variables = new Dictionary<string, string>(_box.Variables);

    public string Top => _box.Top;

    public string Home => _box.Home;

    public string Container => _box.Container;

    public string LocalConfig => Path.Combine(Top, ".git", "config");

    public Dictionary<string, string> Variables { get; }

    public StatusSandbox Box => _box;

    public void Dispose() => _box.Dispose();

    public void WriteFile(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public GitConfigReader? Reader(string? top = null) => GitConfigReader.Open(top ?? Top, new ProcessEnvironment(Variables));

    /// <summary>git's own answer, started as harness starts it (`-c core.quotepath=false` first), in this environment.</summary>
    public GitResult Git(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.Environment.Clear();
        foreach (var (name, value) in Variables)
        {
            info.Environment[name] = value;
        }
        info.Environment["LC_ALL"] = "C";
        foreach (var arg in (string[])["-c", "core.quotepath=false", .. args])
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new GitResult(process.ExitCode, output, error.Result);
    }

    /// <summary>The reader answers, and every question (regexes, with and without scopes; keys) as git does.</summary>
    public void ShouldMatchGit(string because, IReadOnlyList<string>? keys = null, string? top = null)
    {
        top ??= Top;
        var reader = Reader(top);
        reader.Should().NotBeNull($"the in-process reader should answer: {because}");
        foreach (var (regex, prefixes) in Questions)
        {
            reader!.Entries(prefixes, showScope: true).Should().Be(Git(top, "config", "-z", "--show-scope", "--get-regexp", regex), $"{because}: --show-scope {regex}");
            reader.Entries(prefixes, showScope: false).Should().Be(Git(top, "config", "-z", "--get-regexp", regex), $"{because}: {regex}");
        }
        foreach (var key in keys ?? [])
        {
            reader!.Value(key).Should().Be(Git(top, "config", "--get", key), $"{because}: --get {key}");
            var flag = Git(top, "config", "--type=bool", "--get", key);
            if (reader.Flag(key) is { } answer)
            {
                answer.Should().Be(flag, $"{because}: --type=bool --get {key}");
            }
            else
            {
                flag.ExitCode.Should().Be(128, $"{because}: the reader leaves {key} to git only where git rejects it as a boolean");
            }
        }
    }

    public void ShouldLeaveToGit(string because, string? top = null) =>
        Reader(top).Should().BeNull($"git must answer: {because}");
}
