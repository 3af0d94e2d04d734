using System.CommandLine.Parsing;

namespace Harness.Cli;

/// <summary>
/// The option conflicts one command line call found, each reported by its validator as one line that already
/// says what to do: such a line stands alone, without the pointer to --help that a parse error gets. One per
/// call (held by its <see cref="CliContext"/>), so parallel calls share nothing.
/// </summary>
internal sealed class OptionConflicts
{
    private readonly HashSet<string> _messages = new(StringComparer.Ordinal);

    /// <summary>Refuses the command line with <paramref name="message"/>, remembered as a conflict.</summary>
    public void Add(CommandResult result, string message)
    {
        _messages.Add(message);
        result.AddError(message);
    }

    /// <summary>True when every parse error is a conflict a validator reported.</summary>
    public bool Explain(IReadOnlyList<ParseError> errors) => errors.All(e => _messages.Contains(e.Message));
}
