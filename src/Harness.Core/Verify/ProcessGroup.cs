using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Harness.Core.Verify;

/// <summary>
/// Starts a verify command as the leader of its own process group, so that everything it starts (a background
/// `sleep`, a test server, a subshell's orphan) can be killed at once with one signal to the group. .NET cannot
/// call setpgid between fork and exec, so the shell is launched through `setsid`, which makes it the leader of
/// a new session and process group (its group id is its process id). Without `setsid` (macOS, Windows) the
/// command runs as before and only its process tree as it stands at the kill can be reached.
/// </summary>
internal static partial class ProcessGroup
{
    private const int SigKill = 9;

    /// <summary>`setsid` on this machine, or null where there is none.</summary>
    public static string? SetsidPath { get; } = FindSetsid();

    /// <summary>The start info for the platform shell running <paramref name="command"/>, in its own group where it can be.</summary>
    public static ProcessStartInfo ShellStartInfo(string command)
    {
        if (OperatingSystem.IsWindows())
        {
            return new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", command } };
        }
        return SetsidPath is { } setsid
            ? new ProcessStartInfo(setsid) { ArgumentList = { "/bin/sh", "-c", command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
    }

    /// <summary>True when the process started by <see cref="ShellStartInfo"/> leads its own process group.</summary>
    public static bool OwnsGroup => !OperatingSystem.IsWindows() && SetsidPath is not null;

    /// <summary>
    /// Kills the group led by <paramref name="process"/> (when it has one) and its process tree. The group is
    /// killed even after its leader exited: the background children it left behind are still members.
    /// </summary>
    public static void KillAll(Process process)
    {
        if (OwnsGroup)
        {
            // ESRCH (no member left) is the usual answer once everything ended; nothing to report.
            _ = Kill(-process.Id, SigKill);
        }
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the check and the kill.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The process is gone or cannot be signalled any more; the group kill above did what can be done.
        }
    }

    private static string? FindSetsid()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return null;
        }
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/bin", "/usr/sbin", "/sbin"]);
        return folders.Select(folder => Path.Combine(folder, "setsid")).FirstOrDefault(File.Exists);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
