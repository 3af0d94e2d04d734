using Harness.Core.Model.Identity;
using Harness.Core.Model.Workspaces;

namespace Harness.Cli;

/// <summary>
/// Where a command writes and which folder it runs in. Tests hand in their own writers and folder, so the
/// real command line runs in-process exactly as it does from a shell.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, string workingDirectory, bool outputIsTerminal,
        Func<string, string?>? environment = null, CancellationToken cancellation = default)
    {
        Cancellation = cancellation;
        Output = output;
        Error = error;
        WorkingDirectory = workingDirectory;
        OutputIsTerminal = outputIsTerminal;
        Environment = environment ?? System.Environment.GetEnvironmentVariable;
    }

    /// <summary>
    /// The environment the command runs in, read through here so that a test hands in its own instead of setting the
    /// process's (tests run in parallel).
    /// </summary>
    public Func<string, string?> Environment { get; }

    /// <summary>What HARNESS_TASK, HARNESS_TRACK and HARNESS_ROLE say about the agent.</summary>
    public SessionEnvironment Session => SessionEnvironment.Read(Environment);

    /// <summary>
    /// Stops a long command (verify) as Ctrl-C would: `harness mcp` cancels a tool call this way when its client
    /// sends notifications/cancelled. None at the command line, where signals do it.
    /// </summary>
    public CancellationToken Cancellation { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string WorkingDirectory { get; }

    /// <summary>The option conflicts the validators of this call found.</summary>
    public OptionConflicts Conflicts { get; } = new();

    /// <summary>True when stdout is a terminal (colour allowed unless NO_COLOR is set).</summary>
    public bool OutputIsTerminal { get; }

    public bool UseColor => OutputIsTerminal && string.IsNullOrEmpty(Environment("NO_COLOR"));

    /// <summary>The --repo folder as a full path; the working directory when none was given (init: where to create).</summary>
    public string ResolveRepo(string? repo) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(repo) ? WorkingDirectory : Path.Combine(WorkingDirectory, repo));

    /// <summary>
    /// The repo a command works on: the --repo folder as given, else the harness repo holding the working
    /// directory (found upwards as git finds its work tree), else the working directory itself.
    /// </summary>
    public string FindRepo(string? repo) =>
        string.IsNullOrWhiteSpace(repo) ? HarnessRoot.Find(WorkingDirectory) ?? Path.GetFullPath(WorkingDirectory) : ResolveRepo(repo);

    /// <summary>A path the user gave (such as --out), resolved against the working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
