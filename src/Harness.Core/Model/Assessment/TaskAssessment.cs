using Harness.Core.Model.Text;

namespace Harness.Core.Model.Assessment;

/// <summary>The calls `harness assess` can make.</summary>
public static class Verdicts
{
    /// <summary>One track, or a task brief: one agent works the task.</summary>
    public const string SingleAgent = "single-agent";

    /// <summary>Every criterion holds: the tracks that can start now may run side by side.</summary>
    public const string MultiAgent = "multi-agent";

    /// <summary>A criterion fails: fix it before anyone works in parallel.</summary>
    public const string Stop = "stop";
}

/// <summary>One criterion of the chapter, evaluated from the artifacts, with the file and line it came from.</summary>
public sealed record AssessmentCriterion(string Name, bool Met, string Detail, string File, int Line)
{
    public AssessmentCriterion(string name, bool met, string detail, SourceLocation location)
        : this(name, met, detail, location.File, location.Line)
    {
    }
}

/// <summary>Whether to split a task across agents, and why: the verdict, the tracks that may run now, each criterion.</summary>
public sealed record TaskAssessment(string TaskId, string Verdict, IReadOnlyList<string> Parallel, IReadOnlyList<AssessmentCriterion> Criteria)
{
    /// <summary>For each track of <see cref="Parallel"/> (and deeper) that hands its work to a sub-task, the sub-task's tracks that may run now.</summary>
    public IReadOnlyList<SubTaskParallel> ParallelSubTasks { get; init; } = [];
}
