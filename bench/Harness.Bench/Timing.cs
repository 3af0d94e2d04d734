using System.Diagnostics;

namespace Harness.Bench;

/// <summary>
/// Times an action: warm-up runs first (JIT, caches), then the medians of the timed runs, as wall-clock time
/// and as this process's CPU time (which other processes on a shared machine disturb far less).
/// </summary>
internal static class Timing
{
    public const int Warmups = 2;
    public const int Runs = 7;

    public static (TimeSpan Wall, TimeSpan Cpu) Median(Action action)
    {
        for (var i = 0; i < Warmups; i++)
        {
            action();
        }
        var walls = new List<TimeSpan>();
        var cpus = new List<TimeSpan>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            walls.Add(watch.Elapsed);
            process.Refresh();
            cpus.Add(process.TotalProcessorTime - cpu);
        }
        walls.Sort();
        cpus.Sort();
        return (walls[Runs / 2], cpus[Runs / 2]);
    }
}
