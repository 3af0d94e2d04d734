using System.CommandLine;

namespace Harness.Cli.Commands;

/// <summary>
/// `harness completion bash|zsh|fish|pwsh`: prints the shell's completion script. Each script asks harness itself
/// what may come next (System.CommandLine's "[suggest:N]" directive), so commands, options, their allowed values and
/// the repo's task ids complete without a list in the script that could drift from the command line.
/// </summary>
internal static class CompletionCommand
{
    internal sealed record Options(string Shell);

    /// <summary>The shells, each with its script embedded in the binary (src/Harness.Cli/Completion).</summary>
    private static readonly Dictionary<string, string> Scripts = new(StringComparer.Ordinal)
    {
        ["bash"] = "harness.bash",
        ["zsh"] = "harness.zsh",
        ["fish"] = "harness.fish",
        ["pwsh"] = "harness.ps1",
    };

    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash, zsh, fish or pwsh" };
        shell.AcceptOnlyFromAmong([.. Scripts.Keys]);
        var command = new Command("completion", "Print the shell completion script for bash, zsh, fish or pwsh (see the script's first lines for how to load it)")
        {
            shell,
        };
        command.SetAction(parse => Run(context, new Options(parse.GetValue(shell)!)));
        return command;
    }

    internal static int Run(CliContext context, Options options)
    {
        using var stream = typeof(CompletionCommand).Assembly.GetManifestResourceStream($"completion/{Scripts[options.Shell]}")
            ?? throw new InvalidOperationException($"the {options.Shell} completion script is not in this build");
        using var reader = new StreamReader(stream);
        context.Output.Write(reader.ReadToEnd().ReplaceLineEndings("\n"));
        return ExitCodes.Ok;
    }
}
