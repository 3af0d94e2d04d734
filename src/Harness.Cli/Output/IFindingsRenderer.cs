using Harness.Core.Lint;

namespace Harness.Cli.Output;

/// <summary>Writes lint findings in one output format (--format).</summary>
internal interface IFindingsRenderer
{
    void Render(LintResult result, CliContext context);
}
