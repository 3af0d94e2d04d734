using System.Diagnostics;
using System.Text;
using Harness.Core.Model.Evidence;

namespace Harness.Core.Verify;

/// <summary>How a verify command ended.</summary>
public sealed record CommandResult(int? ExitCode, string Outcome, long DurationMs);

/// <summary>
/// Runs one verify command through the platform shell from the repo root, in its own process group (see
/// <see cref="ProcessGroup"/>), streaming each output line to the sink and into the tail. The run ends when the
/// command exits, not when its output closes: a background child that keeps the pipe open (`(sleep 25 &)`) gets
/// a short grace period to finish writing, then the group is killed and reading stops. The group is killed on
/// every way out (exit, timeout, Ctrl-C, SIGTERM, an error in harness), so no test server or `sleep` is left.
/// </summary>
public static class CommandRunner
{
    /// <summary>How long output may still arrive after the command exited, from children that hold the pipe.</summary>
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(2);

    public static CommandResult Run(string workingDirectory, string command, TimeSpan? timeout, TextWriter sink,
        OutputTail tail, CancellationToken cancellation)
    {
        var info = ProcessGroup.ShellStartInfo(command);
        info.WorkingDirectory = workingDirectory;
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.StandardOutputEncoding = Encoding.UTF8;
        info.StandardErrorEncoding = Encoding.UTF8;

        var sinkGate = new Lock();
        var reading = true;
        void OnLine(string line)
        {
            lock (sinkGate)
            {
                // A line that arrives after the run was recorded belongs to no run; it is dropped.
                if (!reading)
                {
                    return;
                }
                tail.Add(line);
                sink.WriteLine(line);
            }
        }

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new HarnessInputException($"cannot start the shell to run `{command}`: {e.Message}");
        }
        var killed = false;
        try
        {
            process.StandardInput.Close();
            var readers = Task.WhenAll(ReadLines(process.StandardOutput, OnLine), ReadLines(process.StandardError, OnLine));
            using var timer = timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
            using var either = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellation);
            int? exit = null;
            try
            {
                // Waits for the process only: with reads of its own, .NET does not wait for the pipes to close.
                process.WaitForExitAsync(either.Token).GetAwaiter().GetResult();
                exit = process.ExitCode;
                readers.Wait(OutputGrace);
            }
            catch (OperationCanceledException)
            {
                // Timed out or interrupted: the kill below ends it.
            }
            ProcessGroup.KillAll(process);
            killed = true;
            // Once the group is gone its pipes close; a child that left the group (its own setsid) may still hold
            // them, so reading stops after a last short wait either way.
            readers.Wait(TimeSpan.FromMilliseconds(500));
            lock (sinkGate)
            {
                reading = false;
                sink.Flush();
            }
            // Ctrl-C in a terminal may reach the command too, which may exit before harness cancels it.
            var outcome = cancellation.IsCancellationRequested ? VerifyOutcome.Interrupted
                : exit is null ? VerifyOutcome.TimedOut
                : exit == 0 ? VerifyOutcome.Passed : VerifyOutcome.Failed;
            return new CommandResult(exit, outcome, clock.ElapsedMilliseconds);
        }
        finally
        {
            // An error in harness itself (a closed stdout, say) still leaves nothing running. Killed once only: the
            // group's id is free again once it is gone, and is not signalled a second time.
            if (!killed)
            {
                ProcessGroup.KillAll(process);
            }
        }
    }

    private static Task ReadLines(StreamReader reader, Action<string> onLine) => Task.Run(async () =>
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                onLine(line);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe was closed under the reader when the run ended; what was read is kept.
        }
    });
}
