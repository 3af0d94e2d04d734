using Harness.Core.Model.Artifacts;

namespace Harness.Core.Lint;

/// <summary>One task's parsed artifacts; any may be missing (a task not begun has no Progress Note).</summary>
public sealed record LintedTask(
    string Id,
    Plan? Plan,
    TaskBrief? Brief,
    ProgressNote? Note,
    LintedFeatureList? FeatureList,
    IReadOnlyList<HandoffDocument> Handoffs);
