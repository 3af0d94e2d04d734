using System.Runtime.InteropServices;

namespace Harness.Cli;

/// <summary>
/// Ctrl-C (SIGINT), SIGTERM and the caller's own cancellation (an MCP client's cancel) as one token, for the
/// commands that run on until stopped (`verify`'s child tree, `board --watch`): the signal cancels the token instead
/// of ending the process, so the command ends its own work and exits as it means to. Signals, not
/// Console.CancelKeyPress, which would set the terminal up for reading keys and leave its keypad mode on.
/// </summary>
internal sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public InterruptSignals(CancellationToken caller)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(caller);
        Action<PosixSignalContext> interrupt = signal =>
        {
            signal.Cancel = true;
            _stop.Cancel();
        };
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, interrupt);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, interrupt);
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _stop.Dispose();
    }
}
