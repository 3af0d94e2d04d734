using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// Runs a shell command with its stdout on a pseudo-terminal (util-linux's `script`), as a person at a terminal
/// would run harness, and returns what the terminal received: the place where terminal-mode escapes would show.
/// </summary>
internal static class PseudoTerminal
{
    public sealed record Result(string Output, string Error, int ExitCode);

    public static Result Run(string workingDirectory, string shellCommand, bool noColor = false)
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Ignore("util-linux's script makes the pseudo-terminal");
        }
        var info = new ProcessStartInfo("/usr/bin/script")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-qec", shellCommand, "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["TERM"] = "xterm-256color";
        if (noColor)
        {
            info.Environment["NO_COLOR"] = "1";
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();
        return new Result(output, error.Result, process.ExitCode);
    }
}
