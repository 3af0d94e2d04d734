using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// Runs the built tool as its own process (see <see cref="HarnessBinary"/>) and measures the CPU time (user + system) it took. A bound on
/// CPU time tells a linear reading from a quadratic one on a machine that other builds load, where wall time
/// stretches tenfold; a hang that burns CPU still runs past it, and the run is still stopped after
/// <see cref="WallLimit"/>.
/// </summary>
internal static partial class MeasuredProcess
{
    private static readonly TimeSpan WallLimit = TimeSpan.FromMinutes(10);

    /// <summary>Runs the tool with ARGS under POSIX sh, whose `times` reports the CPU time of its children.</summary>
    public static (CliResult Result, TimeSpan Cpu) Run(string workingDirectory, params string[] args) => Run(workingDirectory, args, 0);

    /// <summary>
    /// As <see cref="Run(string, string[])"/>, the tool's main thread limited to a stack of <paramref name="stackKiB"/>
    /// KiB (`ulimit -s`; 0 leaves the shell's limit).
    /// </summary>
    public static (CliResult Result, TimeSpan Cpu) Run(string workingDirectory, string[] args, int stackKiB)
    {
        var times = Path.Combine(Path.GetTempPath(), $"harness-cpu-{Guid.NewGuid():N}.txt");
        var harness = HarnessRunner.ProcessInfo(workingDirectory, args);
        var info = new ProcessStartInfo("sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        var limit = stackKiB > 0 ? $"ulimit -s {stackKiB} && " : "";
        info.ArgumentList.Add(limit + "\"$0\" \"$@\"; status=$?; times > \"$CPU_TIMES_FILE\"; exit $status");
        info.ArgumentList.Add(harness.FileName);
        foreach (var arg in harness.ArgumentList)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["NO_COLOR"] = "1";
        info.Environment["CPU_TIMES_FILE"] = times;
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(WallLimit))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"harness {string.Join(' ', args)} did not finish in {WallLimit.TotalMinutes:0} minutes");
            }
            process.WaitForExit();
            return (new CliResult(process.ExitCode, output.Result, error.Result), ChildrenCpu(File.ReadAllLines(times)));
        }
        finally
        {
            File.Delete(times);
        }
    }

    /// <summary>`times` prints the shell's own user and system time on its first line, its children's on the second.</summary>
    private static TimeSpan ChildrenCpu(string[] lines)
    {
        var match = lines.Length == 2 ? Times().Match(lines[1]) : Match.Empty;
        if (!match.Success)
        {
            Assert.Fail($"sh's times printed no line of children's times: {string.Join(" | ", lines)}");
        }
        return Minutes(match.Groups[1], match.Groups[2]) + Minutes(match.Groups[3], match.Groups[4]);
    }

    private static TimeSpan Minutes(Group minutes, Group seconds) =>
        TimeSpan.FromMinutes(int.Parse(minutes.Value, CultureInfo.InvariantCulture))
        + TimeSpan.FromSeconds(double.Parse(seconds.Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s$")]
    private static partial Regex Times();
}
