using System.Text.Json;

namespace Harness.Cli.Mcp;

/// <summary>
/// Runs a tool call as the harness command it stands for, in this process, and returns what a person would
/// have seen: the exit code and its meaning, stderr, then stdout. Results are paged, so that a large prompt
/// or a long finding list never floods the agent's context. Calls run at once unless their lanes say otherwise
/// (<see cref="McpLane"/>): a status asked for while a verify runs is answered at once.
/// </summary>
internal sealed partial class McpToolRunner
{
    public const int DefaultLimit = 8000;

    /// <summary>How often a call whose client asked for progress hears that it is still running.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _verifier = new(1, 1);
    private readonly string _repo;
    private readonly Func<string, string?> _environment;

    public McpToolRunner(string repo, Func<string, string?> environment)
    {
        _repo = repo;
        _environment = environment;
    }

    public sealed record Result(string Text, bool IsError, JsonElement? Structured = null);

    public Task<Result> CallAsync(string toolName, IDictionary<string, JsonElement>? arguments, CancellationToken cancellation) =>
        CallAsync(toolName, arguments, progress: null, cancellation);

    /// <param name="progress">Told the seconds elapsed and a line about the run while it lasts; null when the client asked for no progress.</param>
    /// <param name="cancellation">The client's cancel: a running verify is interrupted, and the call throws instead of answering.</param>
    public async Task<Result> CallAsync(string toolName, IDictionary<string, JsonElement>? arguments,
        Func<double, string, Task>? progress, CancellationToken cancellation)
    {
        var tool = McpToolCatalog.Find(toolName);
        if (tool is null)
        {
            return new Result($"unknown tool '{toolName}'; the tools are {string.Join(", ", McpToolCatalog.Tools.Select(t => t.Name))}", IsError: true);
        }
        List<string> args;
        int offset, limit;
        try
        {
            (args, offset, limit) = McpToolArguments.ToCommandLine(tool, arguments, _repo);
        }
        catch (McpArgumentException e)
        {
            // Checked before anything runs, and told as the command line tells a usage error.
            return new Result(Compose(ExitCodes.InputError, $"harness: {e.Message}\n", ""), IsError: true);
        }
        var gate = LaneOf(tool, args) switch
        {
            McpLane.Writer => _writer,
            McpLane.Verify => _verifier,
            _ => null,
        };
        if (gate is not null)
        {
            await gate.WaitAsync(cancellation).ConfigureAwait(false);
        }
        try
        {
            var result = await RunAndReportAsync(tool, args, offset, limit, progress, cancellation).ConfigureAwait(false);
            // A cancelled request gets no answer (MCP): its verify was interrupted and recorded as such.
            cancellation.ThrowIfCancellationRequested();
            return result;
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>The lane of a call: restart's `verify` argument runs verify first, so that call is a verify.</summary>
    private static McpLane LaneOf(McpToolSpec tool, List<string> args)
    {
        var lane = McpToolTraits.Of(tool.Name).Lane;
        return lane == McpLane.Reader && tool.Name == "restart" && args.Contains(VerifyWord) ? McpLane.Verify : lane;
    }

    private const string VerifyWord = "--verify";

    private async Task<Result> RunAndReportAsync(McpToolSpec tool, List<string> args, int offset, int limit,
        Func<double, string, Task>? progress, CancellationToken cancellation)
    {
        // Both streams count: restart's `verify` streams the verify's output to stderr, so that stdout is the prompt alone.
        var output = new CapturedOutput();
        var error = new CapturedOutput();
        using var finished = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var reporting = progress is null ? Task.CompletedTask : ReportProgressAsync(output, error, progress, finished.Token);
        try
        {
            return await RunAsync(tool, args, offset, limit, output, error, cancellation).ConfigureAwait(false);
        }
        finally
        {
            await finished.CancelAsync().ConfigureAwait(false);
            await reporting.ConfigureAwait(false);
        }
    }

    private async Task<Result> RunAsync(McpToolSpec tool, List<string> args, int offset, int limit, CapturedOutput output,
        CapturedOutput errorOutput, CancellationToken cancellation)
    {
        var (exitCode, error, stdout) = await RunOnceAsync(args, output, errorOutput, cancellation).ConfigureAwait(false);
        var structured = await StructuredContentAsync(tool, args, exitCode, stdout, cancellation).ConfigureAwait(false);
        if (tool.Name == "verify" && offset == 0)
        {
            return new Result(VerifyResultText.Compose(exitCode, error, stdout, limit), IsError: exitCode == ExitCodes.InputError);
        }
        var text = Compose(exitCode, error, stdout);
        if (offset == 0 && text.Length > limit && FitsByCutting(tool, args))
        {
            // A restart prompt past the page is made again within it, whole sections left out and named,
            // rather than paged: a page boundary would cut a section in half.
            var budget = limit - (text.Length - stdout.Length) - FitSlack;
            if (budget >= MinimumPrompt)
            {
                var fitted = new List<string>(args);
                fitted.Insert(args.IndexOf("--"), $"{MaxCharsWord}={budget.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                (exitCode, error, stdout) = await RunOnceAsync(fitted, new CapturedOutput(), new CapturedOutput(), cancellation).ConfigureAwait(false);
                text = Compose(exitCode, error, stdout);
            }
        }
        return new Result(Page(text, offset, limit), IsError: exitCode == ExitCodes.InputError, structured);
    }

    /// <summary>Says every <see cref="ProgressInterval"/> how long the call has run and how many lines it printed.</summary>
    private static async Task ReportProgressAsync(CapturedOutput output, CapturedOutput error, Func<double, string, Task> progress,
        CancellationToken stop)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new PeriodicTimer(ProgressInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                var seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
                await progress(seconds, $"running for {seconds:0} s; {output.Lines + error.Lines} lines of output so far").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The call ended: no more notices.
        }
    }

    private const string MaxCharsWord = "--max-chars";

    // The stderr line that counts the prompt's characters may grow by a digit or two when the prompt changes.
    private const int FitSlack = 64;

    // Below this a prompt keeps too little to resume from: page the whole one instead.
    private const int MinimumPrompt = 2000;

    private async Task<(int ExitCode, string Error, string Output)> RunOnceAsync(List<string> args, CapturedOutput output,
        CapturedOutput error, CancellationToken cancellation)
    {
        // Not cancelled itself: a cancel interrupts the command, which still records what happened and returns.
        var exitCode = await Task.Run(
            () => HarnessApp.Run([.. args], output, error, _repo, environment: _environment, cancellation: cancellation),
            CancellationToken.None).ConfigureAwait(false);
        return (exitCode, error.ToString(), output.ToString());
    }

    /// <summary>A markdown restart prompt whose caller set no budget of its own.</summary>
    private static bool FitsByCutting(McpToolSpec tool, List<string> args) =>
        tool.Name == "restart" && args.Contains("--") && !args.Any(a => a.StartsWith(MaxCharsWord, StringComparison.Ordinal)) && !args.Contains("--format=json");

    private static string Compose(int exitCode, string error, string output)
    {
        var text = new System.Text.StringBuilder(ExitLine(exitCode));
        AppendStderr(text, error);
        if (output.Length > 0)
        {
            text.Append("--- stdout\n").Append(output);
        }
        return text.ToString();
    }

    /// <summary>The first line of every tool result: `exit code N (meaning)`.</summary>
    internal static string ExitLine(int exitCode) => $"exit code {exitCode} ({Meaning(exitCode)})\n";

    internal static void AppendStderr(System.Text.StringBuilder text, string error)
    {
        if (error.Length > 0)
        {
            text.Append("--- stderr\n").Append(error);
            if (!error.EndsWith('\n'))
            {
                text.Append('\n');
            }
        }
    }

    private static string Meaning(int exitCode) => exitCode switch
    {
        ExitCodes.Ok => "ok",
        ExitCodes.ProblemsFound => "problems found",
        ExitCodes.InputError => "usage or input error",
        ExitCodes.RestartIncomplete => "restart packet incomplete",
        _ => "unexpected",
    };

    internal static string Page(string text, int offset, int limit)
    {
        if (offset == 0 && text.Length <= limit)
        {
            return text;
        }
        if (offset >= text.Length)
        {
            return $"[harness: the result has {text.Length} characters; offset {offset} is past its end]";
        }
        var end = Math.Min(text.Length, offset + limit);
        var page = text[offset..end];
        return end < text.Length
            ? $"{page}\n[harness: characters {offset}-{end} of {text.Length}; call again with offset={end} for the rest]"
            : $"{page}\n[harness: characters {offset}-{end} of {text.Length}; the end]";
    }
}
