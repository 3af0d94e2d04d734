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
    public GitResult Git(string folder, params string[] args) =>
        StatusSandbox.RunAllowingFailure(folder, Variables, ["-c", "core.quotepath=false", .. args]);

    /// <summary>
    /// The reader answers, and as git does: every regex with scopes, the whole listing without them, and `--get` and
    /// `--type=bool --get` of each of <paramref name="keys"/> git lists here (in any case) and of one it does not.
    /// A key absent from the files gets git's one answer for all absent keys, so one stands for them: each question is
    /// a git process, and asking every key of every case made these tests the suite's largest cost.
    /// </summary>
    public void ShouldMatchGit(string because, IReadOnlyList<string>? keys = null, string? top = null)
    {
        top ??= Top;
        var reader = Reader(top);
        reader.Should().NotBeNull($"the in-process reader should answer: {because}");
        var listing = new GitResult(1, "", "");
        foreach (var (regex, prefixes) in Questions)
        {
            var git = Git(top, "config", "-z", "--show-scope", "--get-regexp", regex);
            reader!.Entries(prefixes, showScope: true).Should().Be(git, $"{because}: --show-scope {regex}");
            listing = regex == "." ? git : listing;
        }
        reader!.Entries([""], showScope: false).Should().Be(Git(top, "config", "-z", "--get-regexp", "."), $"{because}: without scopes");
        foreach (var key in KeysToAsk(keys ?? [], listing.Output))
        {
            reader.Value(key).Should().Be(Git(top, "config", "--get", key), $"{because}: --get {key}");
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

    /// <summary>The keys git's scoped listing names (compared without case), and the first key it does not name.</summary>
    private static IEnumerable<string> KeysToAsk(IReadOnlyList<string> keys, string scopedListing)
    {
        // The listing is scope NUL key [LF value] NUL, entry after entry.
        var fields = scopedListing.Split('\0');
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < fields.Length; i += 2)
        {
            listed.Add(fields[i].Split('\n')[0]);
        }
        return keys.Where(listed.Contains).Concat(keys.Where(k => !listed.Contains(k)).Take(1));
    }

    public void ShouldLeaveToGit(string because, string? top = null) =>
        Reader(top).Should().BeNull($"git must answer: {because}");
}
