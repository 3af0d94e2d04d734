using Harness.Core.Lint;

namespace Harness.Cli.Output.Lint;

/// <summary>Writes lint findings in one output format (--format).</summary>
internal interface ILintRenderer
{
    void Render(LintReport result, CliContext context);
}
