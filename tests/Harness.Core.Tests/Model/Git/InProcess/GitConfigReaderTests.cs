using Harness.Core.Model.Git;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// git's config read in process gives git's own output for the questions harness asks (`config -z [--show-scope]
/// --get-regexp`, `--get`, `--type=bool --get`), compared byte for byte with the real git over crafted files, or
/// leaves the answer to git where it cannot be sure.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class GitConfigReaderTests
{
    private static readonly string[] Keys =
    [
        "harness.task", "harness.track", "core.ignorecase", "extensions.worktreeConfig", "x.a", "x.B", "x.flag", "x.empty",
        "x.yes", "x.multi", "x.Sub.k", "x.sub.k", "X.SUB.K", "x.legacy.k", "x.nothing",
    ];

    /// <summary>Each syntax feature git reads, as the repository's config (after the lines git init wrote).</summary>
    private static readonly (string Name, string Text)[] Crafted =
    [
        ("plain", "[x]\n\ta = 1\n\tB = Two\n"),
        ("subsection keeps its case, escapes read", "[x \"Sub\"]\n\tk = 1\n[X \"sub\"]\n\tK = 2\n[x \"a \\\"q\\\" \\\\ \\z\"]\n\tk = 3\n"),
        ("legacy subsection lowered", "[x.LeGacy]\n\tk = v\n[X.Sub]\n\tk = w\n"),
        ("section name with a dot and a subsection", "[x.y \"Z\"]\n\tk = 1\n"),
        ("implicit true and empty values", "[x]\n\tflag\n\tempty =\n\tquoted = \"\"\n\tyes = YES\n\ta = on\n"),
        ("whitespace runs kept inside, trimmed outside", "[x]\n\ta =   one  two\t\tthree \t \n\tb=x\n\tc\t=\ty\n"),
        ("quotes keep whitespace and comment characters", "[x]\n\ta = \"  spaced  \" tail  \n\tb = \"# not ; a comment\" ; a comment\n\tc = a\"b c\"d\n"),
        ("escapes", "[x]\n\ta = tab\\there\\nnew\\bback\\\\slash\\\"quote\n\tb = \"in \\\"quotes\\\"\"\n"),
        ("comments", "# top\n; top\n[x] # after a header\n\ta = 1 # after a value\n\tb = 2;tight\n  # indented\n\tc = \"3\"#\n"),
        ("continuation lines", "[x]\n\ta = one \\\n  two\n\tb = \"quoted \\\n continued\"\n\tc = end\\\n"),
        ("unicode", "[x \"日本語\"]\n\tk = 値は「テスト」です\n[x]\n\ta = émoji 🎉 and ノート\n"),
        ("CRLF line ends", "[x]\r\n\ta = 1\r\n\tflag\r\n\tb = \"q\"\r\n\tc = lone\rcarriage\r\n"),
        ("multiple values of one key, sections repeated", "[x]\n\tmulti = 1\n[core]\n\tx = y\n[x]\n\tmulti = 2\n\tmulti\n\tMULTI = last\n"),
        ("blank lines, no final newline", "\n\n[x]\n\n\ta = 1\n\n\tb = 2"),
        ("a header and a key on one line", "[x] a = 1\n[x]b=2\n"),
        ("harness and core keys", "[harness]\n\ttask = FEATURE-002\n\ttrack = B\n[core]\n\tignoreCase = true\n\tquotePath = true\n"),
        ("a branch with an upstream", "[branch \"main\"]\n\tremote = origin\n\tmerge = refs/heads/main\n"),
        ("vertical tab and form feed are no blanks to git", "[x]\n\ta = \v x \f\n"),
        ("a key before any section", "lonely = 1\n[x]\n\ta = 1\n"),
        ("numbers as booleans", "[x]\n\tyes = 0\n\tflag = 42\n\tmulti = false\n\tmulti = 7\n"),
    ];

    private static IEnumerable<TestCaseData> CraftedCases() => Crafted.Select(c => new TestCaseData(c.Name, c.Text).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(CraftedCases))]
    public void A_crafted_repository_config_reads_as_git_reads_it(string name, string text)
    {
        using var box = new ConfigSandbox();
        File.AppendAllText(box.LocalConfig, text);
        box.ShouldMatchGit(name, Keys);
    }

    [TestCaseSource(nameof(CraftedCases))]
    public void A_crafted_global_config_reads_as_git_reads_it(string name, string text)
    {
        using var box = new ConfigSandbox();
        box.WriteFile(Path.Combine(box.Home, ".gitconfig"), text);
        box.ShouldMatchGit(name, Keys);
    }

    [Test]
    public void A_byte_order_mark_starts_a_file_only()
    {
        using var box = new ConfigSandbox();
        box.WriteBytes(Path.Combine(box.Home, ".gitconfig"), [0xEF, 0xBB, 0xBF, .. "[x]\n\ta = bom\n"u8.ToArray()]);
        box.ShouldMatchGit("a BOM at the start", Keys);

        File.AppendAllText(box.LocalConfig, "\uFEFF[x]\n\tb = 1\n");
        box.Git(box.Top, "config", "--get-regexp", ".").ExitCode.Should().Be(128);
        box.ShouldLeaveToGit("a BOM inside a file is a syntax error");

        File.WriteAllBytes(Path.Combine(box.Home, ".gitconfig"), [0xEF, 0xBB, .. "[x]\n"u8.ToArray()]);
        box.ShouldLeaveToGit("a partial BOM");
    }

    [Test]
    public void Files_are_read_in_gits_order_and_scopes()
    {
        using var box = new ConfigSandbox();
        box.WriteFile(Path.Combine(box.Home, ".config", "git", "config"), "[x]\n\tmulti = xdg\n\ta = from-xdg\n");
        box.WriteFile(Path.Combine(box.Home, ".gitconfig"), "[x]\n\tmulti = home\n[harness]\n\ttrack = A\n");
        File.AppendAllText(box.LocalConfig, "[x]\n\tmulti = local\n[harness]\n\ttrack = B\n");
        box.ShouldMatchGit("both global files and the local one", Keys);

        var xdg = Path.Combine(box.Container, "xdg");
        box.WriteFile(Path.Combine(xdg, "git", "config"), "[x]\n\tmulti = elsewhere\n");
        box.Variables["XDG_CONFIG_HOME"] = xdg;
        box.ShouldMatchGit("XDG_CONFIG_HOME names the user's folder", Keys);

        box.Variables.Remove("HOME");
        box.ShouldMatchGit("no HOME: no ~/.gitconfig", Keys);
    }

    [Test]
    public void The_worktree_config_is_read_only_where_the_repository_turns_it_on()
    {
        using var box = new ConfigSandbox();
        box.Box.Write("a.txt", "a\n");
        box.Box.CommitAll();
        box.WriteFile(Path.Combine(box.Top, ".git", "config.worktree"), "[harness]\n\ttask = FEATURE-009\n");
        box.ShouldMatchGit("config.worktree is there but the extension is off", Keys);

        box.Box.Git("config", "extensions.worktreeConfig", "true");
        box.ShouldMatchGit("the extension on", Keys);

        var linked = Path.Combine(box.Container, "linked");
        box.Box.Git("worktree", "add", "-q", "-b", "other", linked);
        box.Box.GitIn(linked, "config", "--worktree", "harness.track", "C");
        box.ShouldMatchGit("a linked work tree: the shared config and its own config.worktree", Keys, linked);
        box.ShouldMatchGit("the main work tree keeps its own", Keys);

        box.Box.Git("config", "extensions.worktreeConfig", "off");
        box.ShouldMatchGit("the extension off again", Keys, linked);
    }

    [Test]
    public void The_repository_answers_a_section_a_value_and_a_flag_as_before()
    {
        using var box = new ConfigSandbox();
        File.AppendAllText(box.LocalConfig, "[harness]\n\ttask = FEATURE-002\n[x]\n\tFlag = Yes\n\tvalue = \"  spaced \"\n\toff = 0\n[extensions]\n\tworktreeConfig\n");
        var git = GitProcessRepository.Open(box.Top)!;

        git.ConfigSection("harness").Should().ContainSingle(e => e.Key == "harness.task" && e.Value == "FEATURE-002" && e.Scope == "local");
        git.ConfigFlag("x.FLAG").Should().BeTrue();
        git.ConfigFlag("x.off").Should().BeFalse();
        git.ConfigFlag("extensions.worktreeConfig").Should().BeTrue("a key with no value is true");
        git.ConfigValue("x.value").Should().Be("spaced", "the value trimmed, as before");
        git.ConfigValue("x.none").Should().BeNull();
    }

    [Test]
    public void Each_value_of_a_flag_must_be_a_boolean()
    {
        using var box = new ConfigSandbox();
        File.AppendAllText(box.LocalConfig, "[x]\n\tflag = maybe\n\tflag = true\n\tnumber = 010\n\tunit = 1k\n");
        var reader = box.Reader()!;

        reader.Flag("x.flag").Should().BeNull("git stops at the first value that is no boolean");
        box.Git(box.Top, "config", "--type=bool", "--get", "x.flag").ExitCode.Should().Be(128);
        reader.Flag("x.number").Should().BeNull("an octal number: git reads it");
        reader.Flag("x.unit").Should().BeNull("a number with a unit: git reads it");
        reader.Value("x.flag").Should().Be(box.Git(box.Top, "config", "--get", "x.flag"));
        reader.Value("nosection").Should().BeNull("git rejects a key without a section");
        reader.Value("x.1a").Should().BeNull("git rejects a name starting with a digit");
    }

    [TestCase("[x]\n\ta = \"unclosed\n", "an unclosed quote")]
    [TestCase("[x]\n\ta = bad\\escape\n", "an unknown escape")]
    [TestCase("[x\n\ta = 1\n", "an unclosed header")]
    [TestCase("[x \"sub]\n", "an unclosed subsection")]
    [TestCase("[x \"sub\" ]\n", "a blank before the header's end")]
    [TestCase("[x]\n\t1a = 1\n", "a name starting with a digit")]
    [TestCase("[x]\n\ta # comment\n", "a comment after a name without a value")]
    [TestCase("[]\n\ta = 1\n", "an empty section name")]
    [TestCase("[x_y]\n\ta = 1\n", "an underscore in a section name")]
    [TestCase("[x]\n\ta_b = 1\n", "an underscore in a key")]
    public void A_syntax_error_is_left_to_git(string text, string because)
    {
        using var box = new ConfigSandbox();
        File.AppendAllText(box.LocalConfig, text);
        box.Git(box.Top, "config", "--get-regexp", ".").ExitCode.Should().Be(128, because);
        box.ShouldLeaveToGit(because);
    }

    [TestCase("[include]\n\tpath = other\n")]
    [TestCase("[includeIf \"gitdir:/nowhere/\"]\n\tpath = other\n")]
    [TestCase("[Include]\n\tunknown = x\n")]
    public void An_include_is_left_to_git(string text)
    {
        using var box = new ConfigSandbox();
        box.WriteFile(Path.Combine(box.Home, ".gitconfig"), text);
        box.ShouldLeaveToGit(text);
    }

    [Test]
    public void A_redirecting_environment_or_a_git_of_unknown_make_is_left_to_git()
    {
        using var box = new ConfigSandbox();
        box.Reader().Should().NotBeNull();

        foreach (var variable in new[] { "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_DIR" })
        {
            var variables = new Dictionary<string, string>(box.Variables) { [variable] = "/dev/null" };
            GitConfigReader.Open(box.Top, new ProcessEnvironment(variables)).Should().BeNull(variable);
        }

        var ownGit = Path.Combine(box.Container, "bin");
        box.WriteFile(Path.Combine(ownGit, "git"), "#!/bin/sh\nexec /usr/bin/git \"$@\"\n");
        var withOwnGit = new Dictionary<string, string>(box.Variables) { ["PATH"] = ownGit + ":" + box.Variables["PATH"] };
        GitConfigReader.Open(box.Top, new ProcessEnvironment(withOwnGit)).Should().BeNull("a git built elsewhere reads another system file");
    }

    [Test]
    public void A_file_git_cannot_read_as_a_file_is_left_to_git()
    {
        using var box = new ConfigSandbox();
        Directory.CreateDirectory(Path.Combine(box.Home, ".gitconfig"));
        box.ShouldLeaveToGit("a folder in ~/.gitconfig's place");
    }

    [Test]
    public void A_repository_git_would_refuse_or_not_take_for_one_is_left_to_git()
    {
        using var box = new ConfigSandbox();
        box.Reader().Should().NotBeNull();

        File.AppendAllText(box.LocalConfig, "[core]\n\trepositoryformatversion = 2\n");
        box.ShouldLeaveToGit("a repository format git does not know");

        using var other = new ConfigSandbox();
        File.AppendAllText(other.LocalConfig, "[extensions]\n\tobjectFormat = sha256\n");
        other.ShouldLeaveToGit("an extension the reader does not model");

        using var noRepository = new ConfigSandbox();
        File.Move(Path.Combine(noRepository.Top, ".git", "HEAD"), Path.Combine(noRepository.Top, ".git", "HEAD.moved"));
        noRepository.ShouldLeaveToGit("a .git folder without HEAD is no repository to git: it looks further up");
    }

    [Test]
    public void A_repository_another_user_owns_is_left_to_git()
    {
        if (FileStat.EffectiveUser() != 0)
        {
            Assert.Ignore("only root can give a folder to another user");
        }
        using var box = new ConfigSandbox();
        box.Reader().Should().NotBeNull();

        File.AppendAllText(box.LocalConfig, "[x]\n\ta = 1\n");
        Chown(box.Top, 4242);

        box.Git(box.Top, "config", "--show-scope", "--get-regexp", ".").Output.Should().NotContain("local", "git reads no config of a repository it refuses");
        box.ShouldLeaveToGit("git refuses a repository another user owns");
    }

    private static void Chown(string path, int uid)
    {
        var info = new System.Diagnostics.ProcessStartInfo("chown", [uid.ToString(System.Globalization.CultureInfo.InvariantCulture), path]);
        using var process = System.Diagnostics.Process.Start(info)!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
    }
}
