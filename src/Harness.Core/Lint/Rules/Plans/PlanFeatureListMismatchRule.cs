using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Text;

namespace Harness.Core.Lint.Rules.Plans;

/// <summary>
/// The plan's Workstreams and the feature list's Tracks must tell one story: the same tracks, owners and owned
/// files. Every explicit path on one side must be listed, or matched by a glob, on the other; globs are compared
/// with the listed paths only, never expanded against the repo. Findings point at the plan, naming the list's line.
/// </summary>
public sealed class PlanFeatureListMismatchRule : IRule
{
    public string Id => RuleIds.PlanFeatureListMismatch;

    public string Name => "plan-feature-list-mismatch";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "The plan's Workstreams disagree with the feature list's Tracks (tracks, owners or owned files).";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var task in context.Tasks)
        {
            if (task.Plan is not { Workstreams.Count: > 0 } plan || task.FeatureList is not { } list)
            {
                continue;
            }
            foreach (var finding in Compare(plan, list.List))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<RuleFinding> Compare(Plan plan, FeatureList list)
    {
        var tracks = new Dictionary<string, Track>(TrackIds.Comparer);
        foreach (var listed in list.Tracks)
        {
            tracks.TryAdd(listed.Id, listed);
        }
        foreach (var workstream in plan.Workstreams)
        {
            if (!tracks.TryGetValue(workstream.Id, out var track))
            {
                yield return new RuleFinding(workstream.Track.Location,
                    $"the plan has Track {workstream.Id}, which {list.Path} does not have; add the track there or remove this row");
                continue;
            }
            if (workstream.Owner is { } owner && track.Owner is { } listed && !Labels.Matches(owner.Unwrapped, listed.Unwrapped))
            {
                yield return new RuleFinding(owner.Location,
                    $"the plan gives Track {track.Id} to '{owner.Text}' but the feature list gives it to '{listed.Text}' ({listed.Location}); make them agree");
            }
            foreach (var path in Uncovered(workstream.OwnedFiles, track.OwnedFiles))
            {
                yield return new RuleFinding(path.Location,
                    $"the plan has Track {track.Id} own '{path.Unwrapped}', which its Owned Files in the feature list ({track.Field("Owned Files")?.Label.Location ?? track.Location}) neither list nor match; add it there or remove it here");
            }
            var cell = workstream.OwnedFiles.FirstOrDefault()?.Location ?? workstream.Track.Location;
            foreach (var path in Uncovered(track.OwnedFiles, workstream.OwnedFiles))
            {
                yield return new RuleFinding(cell,
                    $"the feature list has Track {track.Id} own '{path.Unwrapped}' ({path.Location}), which this plan row neither lists nor matches; add it here or remove it there");
            }
        }
        var planned = new HashSet<string>(plan.Workstreams.Select(w => w.Id), TrackIds.Comparer);
        var workstreams = plan.Section("Workstreams")!.Location;
        foreach (var track in list.Tracks.Where(t => !planned.Contains(t.Id)))
        {
            yield return new RuleFinding(workstreams,
                $"the feature list has Track {track.Id} ({track.Location}), which the plan's Workstreams do not; add a row for it or remove the track");
        }
    }

    /// <summary>The explicit paths of <paramref name="side"/> that no path or glob of <paramref name="other"/> covers.</summary>
    private static IEnumerable<TextValue> Uncovered(IReadOnlyList<TextValue> side, IReadOnlyList<TextValue> other)
    {
        var globs = other.Select(o => new GlobPattern(o.Unwrapped)).ToList();
        return side.Where(p => new GlobPattern(p.Unwrapped).IsLiteral)
            .Where(p => !globs.Any(g => g.Matches(RepoPaths.Normalize(p.Unwrapped))));
    }
}
