using System.Diagnostics;
using System.Globalization;

namespace Harness.Bench;

/// <summary>One timed run of a command: wall time from this process, peak memory from GNU time (%M, in KB).</summary>
internal sealed record Measurement(double Seconds, double PeakMegabytes, int ExitCode, string Output);

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
        foreach (var arg in new[] { "-f", "%M", "-o", report, program }.Concat(args))
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
        var kilobytes = File.ReadAllLines(report).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0 && char.IsDigit(l[0])) ?? "0";
        File.Delete(report);
        return new Measurement(watch.Elapsed.TotalSeconds, double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024, process.ExitCode, output);
    }
}
