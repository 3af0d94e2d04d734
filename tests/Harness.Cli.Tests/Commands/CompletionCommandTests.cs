using System.Diagnostics;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// `harness completion SHELL` prints a script that asks harness itself what may come next. The bash script is
/// sourced into a real bash, as a user's shell loads it, and its completion function is called as bash calls it
/// on TAB, with a `harness` on PATH that runs this build.
/// </summary>
public sealed class CompletionCommandTests
{
    [Test]
    public void Bash_completes_the_values_of_lint_format()
    {
        using var repo = TempRepo.Sample();

        Complete(repo, "harness lint --format ").Should().Equal("github", "json", "sarif", "text");
    }

    [Test]
    public void Bash_completes_a_command_from_its_first_letters_and_an_option_from_a_dash()
    {
        using var repo = TempRepo.Sample();

        Complete(repo, "harness res").Should().Equal("restart");
        Complete(repo, "harness order FEATURE-002 --c").Should().Equal("--check");
    }

    [Test]
    public void Bash_completes_the_task_ids_of_the_repo_from_a_subfolder()
    {
        using var repo = TempRepo.Sample();
        Directory.CreateDirectory(Path.Combine(repo.Root, "src", "deep"));

        Complete(repo, "harness restart ", Path.Combine(repo.Root, "src", "deep")).Should().Contain(["FEATURE-001", "FEATURE-002", "--track"]);
        Complete(repo, "harness status FEATURE-00").Should().Equal("FEATURE-001", "FEATURE-002");
    }

    [TestCase("zsh", "compdef _harness harness")]
    [TestCase("fish", "complete -c harness -f -a '(__harness_complete)'")]
    [TestCase("pwsh", "Register-ArgumentCompleter -Native -CommandName harness")]
    public void Each_other_shell_gets_a_script_that_registers_harness_and_asks_it_for_suggestions(string shell, string registration)
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("completion", shell);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain(registration).And.Contain("\"[suggest:").And.NotContain("\r");
        result.Output.Split('\n')[0].Should().StartWith("#", "the first lines say how to load it");
    }

    [Test]
    public void The_suggest_protocol_every_script_uses_answers_with_one_candidate_a_line()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("[suggest:14]", "lint --format ");

        result.ExitCode.Should().Be(0);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("github", "json", "sarif", "text");
    }

    [Test]
    public void An_unknown_shell_is_a_usage_error_naming_the_shells()
    {
        using var repo = TempRepo.Sample();

        var result = repo.Harness("completion", "tcsh");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("tcsh").And.Contain("bash").And.Contain("pwsh");
    }

    /// <summary>Sources the bash script and calls its function as bash does on TAB at the end of <paramref name="line"/>.</summary>
    private static List<string> Complete(TempRepo repo, string line, string? folder = null)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("bash completion is tested where bash runs scripts");
            return [];
        }
        var bin = Path.Combine(repo.Root, "..", "bin");
        Directory.CreateDirectory(bin);
        var wrapper = Path.Combine(bin, "harness");
        File.WriteAllText(wrapper, HarnessBinary.Shim);
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = Path.Combine(bin, "harness.bash");
        File.WriteAllText(script, repo.Harness("completion", "bash").Output);

        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = folder ?? repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("""
            source "$1"
            read -r -a COMP_WORDS <<< "$2"
            if [[ "$2" == *" " ]]; then COMP_WORDS+=(""); fi
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="$2"
            COMP_POINT=${#COMP_LINE}
            _harness_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """);
        info.ArgumentList.Add("bash");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(line);
        info.Environment["PATH"] = Path.GetFullPath(bin) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();
        process.ExitCode.Should().Be(0, error.Result);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
