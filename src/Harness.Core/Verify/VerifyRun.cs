using Harness.Core.Model.Documents;
using Harness.Core.Model.Evidence;

namespace Harness.Core.Verify;

/// <summary>What verify runs for: a track of a long-running task, or (Track null) a single-agent task's brief.</summary>
public sealed record VerifyTarget(string? Track, string Label, TextValue? Command, TextValue? SignalLine);

/// <summary>One finished run and the evidence file it wrote (repo-relative).</summary>
public sealed record VerifyRun(VerifyTarget Target, EvidenceRecord Record, string EvidencePath);

public sealed record VerifyReport(IReadOnlyList<VerifyRun> Runs, IReadOnlyList<VerifyTarget> WithoutCommand)
{
    public bool AllPassed => WithoutCommand.Count == 0 && Runs.All(r => r.Record.Passed);
}
