using Harness.Core.Board;
using Harness.Core.Model.Templates;

namespace Harness.Cli.Output.Board;

/// <summary>`harness board`'s page: templates/board.html.scriban (or the repo's override) over <see cref="BoardPageModel"/>.</summary>
internal static class BoardHtmlRenderer
{
    public const string TemplateName = "board.html";

    public static string Render(BoardReport report, string repoRoot, string templatesPath) =>
        new TemplateStore(repoRoot, templatesPath).Render(TemplateName, BoardPageModel.Of(report));
}
