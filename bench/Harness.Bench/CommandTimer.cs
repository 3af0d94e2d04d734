using System.Diagnostics;
using System.Globalization;

namespace Harness.Bench;

/// <summary>
/// One timed run of a command: wall time from this process; CPU time (user + system, the command's and its
/// children's, such as git) and peak memory (%M, in KB) from GNU time. On a machine other work shares, the wall
/// time waits for the cores and the CPU time much less, so the bench prints both.
/// </summary>
internal sealed record Measurement(double Seconds, double CpuSeconds, double PeakMegabytes, int ExitCode, string Output);

internal static class CommandTimer
{
    public static Measurement Run(string workingDirectory, string program, params string[] args)
    {
        var report = Path.GetTempFileName();
        var info = new ProcessStartInfo("/usr/bin/time")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-f", "%U %S %M", "-o", report, program }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["NO_COLOR"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        output += error.Result;
        // GNU time writes "Command exited with non-zero status N" before its figures when the command fails.
        var figures = (File.ReadAllLines(report).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0 && char.IsDigit(l[0])) ?? "0 0 0")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => double.Parse(f, CultureInfo.InvariantCulture))
            .ToArray();
        File.Delete(report);
        return new Measurement(watch.Elapsed.TotalSeconds, figures[0] + figures[1], figures[2] / 1024, process.ExitCode, output);
    }
}
