using System.Globalization;

namespace Harness.Cli.Tests.Support;

/// <summary>
/// The CPU time (user + system) the calling thread has used so far, read from Linux's /proc/thread-self/stat;
/// elsewhere a monotonic wall clock, whose differences only overstate it. Other builds on the machine
/// stretch a run's wall time many times over, but hardly its CPU time, so a bound on it tells a slow algorithm
/// from a busy machine.
/// </summary>
internal static class ThreadCpu
{
    private const string Stat = "/proc/thread-self/stat";

    /// <summary>Clock ticks a second, as the kernel counts utime and stime (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Stat))
        {
            return TimeSpan.FromMilliseconds(Environment.TickCount64);
        }
        // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its ')'.
        var text = File.ReadAllText(Stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
