using System.CommandLine;
using Harness.Cli.Commands;
using Harness.Cli.Completion;
using Harness.Core;

namespace Harness.Cli;

/// <summary>
/// The command line: builds the commands, parses, runs one, and maps every outcome to the contract's exit
/// codes. No exception reaches the user as a stack trace.
/// </summary>
internal static class HarnessApp
{
    /// <param name="environment">The environment the command reads (HARNESS_TASK, ...); the process's when null.</param>
    /// <param name="cancellation">Interrupts a running verify as Ctrl-C does (an MCP client's cancel).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null,
        bool outputIsTerminal = false, Func<string, string?>? environment = null, CancellationToken cancellation = default)
    {
        var context = new CliContext(output, error, workingDirectory ?? Environment.CurrentDirectory, outputIsTerminal, environment, cancellation);
        var verbose = Verbose();
        var root = BuildRoot(context, verbose, NamedCommand(args));
        // No response files: an argument starting with '@' is text ("--decided '@alice approved'"), never a file to read.
        var configuration = new ParserConfiguration { ResponseFileTokenReplacer = null };
        var parse = root.Parse(args, configuration);
        if (parse.Errors.Count == 0 && JsonShortcut.Expand(parse, args) is { } expanded)
        {
            parse = root.Parse(expanded, configuration);
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"harness: {parseError.Message}");
            }
            if (!context.Conflicts.Explain(parse.Errors))
            {
                error.WriteLine("Run 'harness --help' for usage.");
            }
            return ExitCodes.InputError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                // No Console.CancelKeyPress from the parser: registering it sets a terminal up for reading keys
                // (writing ESC[?1h ESC= that nothing resets). Ctrl-C and SIGTERM are handled as signals instead.
                ProcessTerminationTimeout = null,
            });
        }
        catch (HarnessInputException e)
        {
            foreach (var line in e.Message.Split('\n'))
            {
                error.WriteLine($"harness: {line.TrimEnd('\r')}");
            }
            return ExitCodes.InputError;
        }
        catch (Exception e)
        {
            error.WriteLine($"harness: unexpected error: {e.GetType().Name}: {FirstLine(e.Message)} (rerun with --verbose for the details)");
            if (parse.GetValue(verbose))
            {
                error.WriteLine(e.ToString());
            }
            return ExitCodes.InputError;
        }
    }

    /// <summary>
    /// The commands as the parser sees them, built to be read and never run: `harness mcp` derives its tools
    /// and their argument schemas from it, so the two surfaces cannot drift apart.
    /// </summary>
    internal static RootCommand CommandTree() =>
        BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null, Environment.CurrentDirectory, outputIsTerminal: false), Verbose(), only: null);

    private static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Print the details of an unexpected error",
        Recursive = true,
    };

    /// <summary>
    /// The command the arguments name first, when it is one of <see cref="Commands"/>: the parser then needs only
    /// that command under the root (what follows a command's name is read against that command alone), so a run
    /// builds one command's options, not thirteen. Anything else (help, --version, a typo, an option first) gets
    /// the whole tree, so the root's help and errors stay as they are.
    /// </summary>
    internal static string? NamedCommand(IReadOnlyList<string> args) =>
        args.Count > 0 && Commands.Any(c => c.Name == args[0]) ? args[0] : null;

    private static RootCommand BuildRoot(CliContext context, Option<bool> verbose, string? only)
    {
        var root = new RootCommand(
            "harness keeps the state of long-running coding-agent tasks in Markdown artifacts, and makes the practice mechanical.");
        root.Options.Add(verbose);
        foreach (var (name, create) in Commands)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(create(context));
            }
        }
        TaskIdCompletions.AddTo(root, context);
        JsonShortcut.AddTo(root);
        return root;
    }

    /// <summary>Every command by the name it is created with (a test holds the two equal), in the order help lists them.</summary>
    internal static readonly IReadOnlyList<(string Name, Func<CliContext, Command> Create)> Commands =
    [
        ("init", InitCommand.Create),
        ("new", NewCommand.Create),
        ("start", StartCommand.Create),
        ("worktree", WorktreeCommand.Create),
        ("agents", AgentsCommand.Create),
        ("board", BoardCommand.Create),
        ("archive", ArchiveCommand.Create),
        ("mcp", McpCommand.Create),
        ("lint", LintCommand.Create),
        ("restart", RestartCommand.Create),
        ("verify", VerifyCommand.Create),
        ("status", StatusCommand.Create),
        ("note", NoteCommand.Create),
        ("handoff", HandoffCommand.Create),
        ("guard", GuardCommand.Create),
        ("order", OrderCommand.Create),
        ("hooks", HooksCommand.Create),
        ("assess", AssessCommand.Create),
        ("completion", CompletionCommand.Create),
    ];

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end].TrimEnd('\r');
    }
}
