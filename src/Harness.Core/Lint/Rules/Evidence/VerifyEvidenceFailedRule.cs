using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Evidence;

/// <summary>A track marked done or verified whose latest recorded verify failed: the status claims what the evidence denies.</summary>
public sealed class VerifyEvidenceFailedRule : IRule
{
    public string Id => RuleIds.VerifyEvidenceFailed;

    public string Name => "verify-evidence-failed";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track is done or verified but its latest verify evidence failed.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var task in context.Tasks.Where(t => t.FeatureList is not null))
        {
            var latest = context.Evidence.LatestByTrack(task.Id, context.InputErrors);
            foreach (var track in task.FeatureList!.List.Tracks.Where(t => t.StatusKind.IsFinished() && t.Status is not null))
            {
                if (latest.TryGetValue(track.Id, out var evidence) && !evidence.Record.Passed)
                {
                    var outcome = evidence.Record.Outcome.Length > 0 ? evidence.Record.Outcome : $"exit code {evidence.Record.ExitCode}";
                    var rerun = track.VerifyCommand is null
                        ? $"{VerifyFixes.WriteCommand(track, null)}, then run `{VerifyFixes.RunTrack(task.Id, track)}`"
                        : $"run `{VerifyFixes.RunTrack(task.Id, track)}` again";
                    yield return new RuleFinding(track.Status!.Location,
                        $"Track {track.Id} is '{track.Status.Text}' but its latest verify ({evidence.Path}:1:1) {outcome}; fix the track and {rerun}, or set its status back to in-progress");
                }
            }
        }
    }
}
