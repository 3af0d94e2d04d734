using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;

namespace Harness.Core.Lint.Rules.Ownership;

/// <summary>
/// Two in-progress tracks of different tasks (different feature lists) own the same file. Nothing orders tracks of
/// two tasks, so their agents may change that file at once; HRN013 sees one feature list only.
/// </summary>
public sealed class CrossTaskOwnershipOverlapRule : IRule
{
    public string Id => RuleIds.CrossTaskOwnershipOverlap;

    public string Name => "cross-task-ownership-overlap";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "Two in-progress tracks of different tasks own the same file.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        var tasks = context.FeatureLists.Select(list => new TaskTracks(
            context.Tasks.FirstOrDefault(t => ReferenceEquals(t.FeatureList, list))?.Id ?? list.List.Feature?.Unwrapped ?? list.Path, list.List.Tracks));
        foreach (var pair in CrossTaskOverlap.Find(tasks))
        {
            yield return new RuleFinding(pair.Second.Value.Location,
                $"Track {pair.Second.Track.Id} of {pair.SecondTask} owns '{pair.Second.Value.Unwrapped}' and Track {pair.First.Track.Id} of {pair.FirstTask} " +
                $"owns '{pair.First.Value.Unwrapped}' ({pair.First.Value.Location}); both are in progress and both match {pair.Example}; " +
                "give the file to one task, or finish one track before the other starts");
        }
    }
}
