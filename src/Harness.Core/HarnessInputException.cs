namespace Harness.Core;

/// <summary>
/// An error the user caused and can fix (unknown id, unreadable file, bad option value). The command line
/// prints its message as one line and exits with its input-error code (2).
/// </summary>
public sealed class HarnessInputException : Exception
{
    public HarnessInputException(string message) : base(message) { }

    public HarnessInputException(string message, Exception inner) : base(message, inner) { }
}
