using System.CommandLine;
using Harness.Cli.Commands;
using Harness.Core;

namespace Harness.Cli;

/// <summary>
/// The command line: builds the commands, parses, runs one, and maps every outcome to the contract's exit
/// codes. No exception reaches the user as a stack trace.
/// </summary>
internal static class HarnessApp
{
    /// <param name="environment">The environment the command reads (HARNESS_TASK, ...); the process's when null.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null,
        bool outputIsTerminal = false, Func<string, string?>? environment = null)
    {
        var context = new CliContext(output, error, workingDirectory ?? Environment.CurrentDirectory, outputIsTerminal, environment);
        var verbose = Verbose();
        var root = BuildRoot(context, verbose);
        // No response files: an argument starting with '@' is text ("--decided '@alice approved'"), never a file to read.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"harness: {parseError.Message}");
            }
            error.WriteLine("Run 'harness --help' for usage.");
            return ExitCodes.InputError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
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
        BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null, Environment.CurrentDirectory, outputIsTerminal: false), Verbose());

    private static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Print the details of an unexpected error",
        Recursive = true,
    };

    private static RootCommand BuildRoot(CliContext context, Option<bool> verbose)
    {
        var root = new RootCommand(
            "harness keeps the state of long-running coding-agent tasks in Markdown artifacts, and makes the practice mechanical.");
        root.Options.Add(verbose);
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    private static IEnumerable<Command> Commands(CliContext context)
    {
        yield return InitCommand.Create(context);
        yield return NewCommand.Create(context);
        yield return McpCommand.Create(context);
        yield return LintCommand.Create(context);
        yield return RestartCommand.Create(context);
        yield return VerifyCommand.Create(context);
        yield return StatusCommand.Create(context);
        yield return NoteCommand.Create(context);
        yield return HandoffCommand.Create(context);
        yield return GuardCommand.Create(context);
        yield return OrderCommand.Create(context);
        yield return HooksCommand.Create(context);
        yield return AssessCommand.Create(context);
        yield return StartCommand.Create(context);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end].TrimEnd('\r');
    }
}
