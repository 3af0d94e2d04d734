using System.Diagnostics;
using Harness.Cli.Tests.Support;

namespace Harness.Cli.Tests.Commands;

/// <summary>
/// On a real terminal (a pseudo-terminal made by util-linux's `script`) harness prints its output and nothing
/// else: no terminal mode escape such as the keypad mode System.Console sets up (ESC[?1h ESC=) is left behind.
/// </summary>
public sealed class TerminalTests
{
    [TestCase("status")]
    [TestCase("lint")]
    [TestCase("restart", "FEATURE-002")]
    public void A_command_on_a_terminal_writes_no_terminal_mode_escape(params string[] args)
    {
        using var repo = TempRepo.Sample();
        var command = HarnessBinary.ShellCommand + " " + string.Join(' ', args.Select(Quote));
        var (output, error, _) = PseudoTerminal.Run(repo.Root, command, noColor: true);

        output.Should().NotBeEmpty(error);
        output.Should().NotContain("\u001b[?1h").And.NotContain("\u001b=", "the terminal keeps its keypad mode");
        output.TrimStart().Should().NotStartWith("\u001b", "the first thing on the terminal is harness's own text");
    }

    [Test]
    public void A_reader_that_stops_early_ends_the_output_quietly_with_the_commands_exit_code()
    {
        using var repo = TempRepo.Sample();

        // The SARIF (about 100 KB) outgrows the pipe's buffer, so harness writes on after head has gone.
        var (output, error) = Bash(repo.Root, $"{Harness} lint --format sarif | head -c 1 > /dev/null; echo \"exit ${{PIPESTATUS[0]}}\"");

        output.Trim().Should().Be("exit 0");
        error.Should().NotContain("harness:", "a closed pipe is no error of the user's");
    }

    [Test]
    public void Output_redirected_to_a_file_is_followed_not_overwritten_by_the_next_writer()
    {
        using var repo = TempRepo.Sample();

        Bash(repo.Root, $"{{ echo BEFORE; {Harness} status; echo AFTER; {Harness} lint 2>&1; echo END; }} > out.txt");

        var text = File.ReadAllText(Path.Combine(repo.Root, "out.txt"));
        text.Should().StartWith("BEFORE\nFEATURE-001 (single-agent)\n").And.Contain("\nAFTER\nharness lint: ").And.EndWith("\nEND\n");
    }

    private static string Harness => HarnessBinary.ShellCommand;

    /// <summary>Runs <paramref name="script"/> in bash in <paramref name="folder"/>; its stdout and stderr.</summary>
    private static (string Output, string Error) Bash(string folder, string script)
    {
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();
        return (output, error.Result);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
