using System.Diagnostics;
using System.Text;
using Harness.Core.Evidence;

namespace Harness.Core.Verify;

/// <summary>How a verify command ended.</summary>
public sealed record CommandResult(int? ExitCode, string Outcome, long DurationMs);

/// <summary>
/// Runs one verify command through the platform shell from the repo root, streaming each output line to the
/// sink and into the tail. A timeout or a cancellation (Ctrl-C) kills the whole process tree, so no test
/// server or `sleep` is left behind.
/// </summary>
public static class CommandRunner
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string TimedOut = "timed-out";
    public const string Interrupted = "interrupted";

    public static CommandResult Run(string workingDirectory, string command, TimeSpan? timeout, TextWriter sink,
        OutputTail tail, CancellationToken cancellation)
    {
        var info = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
        info.WorkingDirectory = workingDirectory;
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.StandardOutputEncoding = Encoding.UTF8;
        info.StandardErrorEncoding = Encoding.UTF8;

        var sinkGate = new Lock();
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }
            tail.Add(e.Data);
            lock (sinkGate)
            {
                sink.WriteLine(e.Data);
            }
        }

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new HarnessInputException($"cannot start the shell to run `{command}`: {e.Message}");
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timer = timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellation);
        try
        {
            process.WaitForExitAsync(either.Token).GetAwaiter().GetResult();
            process.WaitForExit(); // drains the last output lines
            sink.Flush();
            var exit = process.ExitCode;
            // Ctrl-C in a terminal reaches the command too, which may exit before harness cancels it.
            var outcome = cancellation.IsCancellationRequested ? Interrupted : exit == 0 ? Passed : Failed;
            return new CommandResult(exit, outcome, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            sink.Flush();
            return new CommandResult(null, cancellation.IsCancellationRequested ? Interrupted : TimedOut, clock.ElapsedMilliseconds);
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the timeout and the kill.
        }
    }
}
