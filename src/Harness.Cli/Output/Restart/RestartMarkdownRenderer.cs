using Harness.Core.Restart;

namespace Harness.Cli.Output.Restart;

/// <summary>`harness restart --format markdown`: the restart prompt (rendered in Core; see RestartService.Prompt for why).</summary>
internal static class RestartMarkdownRenderer
{
    public static string Render(RestartReport report, int? maxChars) =>
        maxChars is { } budget ? RestartService.Prompt(report, budget) : RestartService.Prompt(report);
}
