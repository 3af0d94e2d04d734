using System.CommandLine;
using System.Runtime.InteropServices;
using Harness.Cli.Mcp;
using Harness.Core;

namespace Harness.Cli.Commands;

/// <summary>`harness mcp`: serves the harness commands and artifacts to a coding agent over stdio (MCP).</summary>
internal static class McpCommand
{
    internal sealed record Options(string Repo);

    public static Command Create(CliContext context)
    {
        var repo = CommonOptions.Repo();
        var command = new Command("mcp", "Run harness as a Model Context Protocol server over stdio, for coding agents")
        {
            repo,
        };
        command.SetAction(parse => Run(context, new Options(context.FindRepo(parse.GetValue(repo)))));
        return command;
    }

    private static int Run(CliContext context, Options options)
    {
        if (!Directory.Exists(options.Repo))
        {
            throw new HarnessInputException($"{options.Repo}: no such folder (given as --repo)");
        }
        // stdout carries the protocol: anything else printed there would break the client, so it goes to stderr.
        var stdout = Console.Out;
        using var stderr = StandardStreams.Error();
        Console.SetOut(stderr);
        using var cancellation = new CancellationTokenSource();
        // Ctrl-C or SIGTERM ends the session: running verifies are interrupted (their own registrations) and the
        // server returns. Signals, not Console.CancelKeyPress, which would set a terminal up for reading keys.
        Action<PosixSignalContext> stop = signal =>
        {
            signal.Cancel = true;
            cancellation.Cancel();
        };
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, stop);
        try
        {
            HarnessMcpServer.RunAsync(options.Repo, context.Environment, cancellation.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl-C or SIGTERM: a normal end of the session.
        }
        finally
        {
            Console.SetOut(stdout);
        }
        return ExitCodes.Ok;
    }
}
