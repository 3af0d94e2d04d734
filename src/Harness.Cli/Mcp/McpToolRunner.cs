using System.Text.Json;

namespace Harness.Cli.Mcp;

/// <summary>
/// Runs a tool call as the harness command it stands for, in this process, and returns what a person would
/// have seen: the exit code and its meaning, stderr, then stdout. Results are paged, so that a large prompt
/// or a long finding list never floods the agent's context.
/// </summary>
internal sealed partial class McpToolRunner
{
    public const int DefaultLimit = 8000;

    // Commands share process state (the current directory of child processes, Ctrl-C handling): one at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _repo;
    private readonly Func<string, string?> _environment;

    public McpToolRunner(string repo, Func<string, string?> environment)
    {
        _repo = repo;
        _environment = environment;
    }

    public sealed record Result(string Text, bool IsError, JsonElement? Structured = null);

    public async Task<Result> CallAsync(string toolName, IDictionary<string, JsonElement>? arguments, CancellationToken cancellation)
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
            return new Result(e.Message, IsError: true);
        }
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var (exitCode, text, prompt) = await RunAsync(args, cancellation).ConfigureAwait(false);
            var structured = await StructuredContentAsync(tool, args, exitCode, text[^prompt..], cancellation).ConfigureAwait(false);
            if (offset == 0 && text.Length > limit && FitsByCutting(tool, args))
            {
                // A restart prompt past the page is made again within it, whole sections left out and named,
                // rather than paged: a page boundary would cut a section in half.
                var budget = limit - (text.Length - prompt) - FitSlack;
                if (budget >= MinimumPrompt)
                {
                    var fitted = new List<string>(args);
                    fitted.Insert(args.IndexOf("--"), $"{MaxCharsWord}={budget.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                    (exitCode, text, _) = await RunAsync(fitted, cancellation).ConfigureAwait(false);
                }
            }
            return new Result(Page(text, offset, limit), IsError: exitCode == ExitCodes.InputError, structured);
        }
        finally
        {
            _gate.Release();
        }
    }

    private const string MaxCharsWord = "--max-chars";

    // The stderr line that counts the prompt's characters may grow by a digit or two when the prompt changes.
    private const int FitSlack = 64;

    // Below this a prompt keeps too little to resume from: page the whole one instead.
    private const int MinimumPrompt = 2000;

    private async Task<(int ExitCode, string Text, int OutputLength)> RunAsync(List<string> args, CancellationToken cancellation)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await Task.Run(() => HarnessApp.Run([.. args], output, error, _repo, environment: _environment), cancellation).ConfigureAwait(false);
        var stdout = output.ToString();
        return (exitCode, Compose(exitCode, error.ToString(), stdout), stdout.Length);
    }

    /// <summary>A markdown restart prompt whose caller set no budget of its own.</summary>
    private static bool FitsByCutting(McpToolSpec tool, List<string> args) =>
        tool.Name == "restart" && args.Contains("--") && !args.Any(a => a.StartsWith(MaxCharsWord, StringComparison.Ordinal)) && !args.Contains("--format=json");

    private static string Compose(int exitCode, string error, string output)
    {
        var text = new System.Text.StringBuilder();
        text.Append("exit code ").Append(exitCode).Append(" (").Append(Meaning(exitCode)).Append(")\n");
        if (error.Length > 0)
        {
            text.Append("--- stderr\n").Append(error);
            if (!error.EndsWith('\n'))
            {
                text.Append('\n');
            }
        }
        if (output.Length > 0)
        {
            text.Append("--- stdout\n").Append(output);
        }
        return text.ToString();
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
