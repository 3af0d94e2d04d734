using Harness.Core.Lint.Rules.Structure;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Tracks;

/// <summary>
/// A track with no owner, or with no owned files: nobody may work on it, or it may touch anything. A label
/// written nearly right (`- Owners`) is pointed at, as for the other fields. A track that hands its work to a
/// sub-task may own no files: the sub-task's tracks own them.
/// </summary>
public sealed class TrackUnownedRule : IRule
{
    public string Id => RuleIds.TrackUnowned;

    public string Name => "track-unowned";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track has no owner or no owned files.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var (_, track) in context.AllTracks)
        {
            if (OwnerRoles.IsUnset(track.Owner))
            {
                var (at, advice) = FieldHints.For(track, "Owner", track.HowToAdd("Owner", "the role that works on it (such as coder-a)"));
                yield return new RuleFinding(at ?? track.Owner?.Location ?? track.Field("Owner")?.Label.Location ?? track.Location,
                    $"Track {track.Id} has no owner; {advice}");
            }
            if (track.OwnedFiles.Count == 0 && track.SubTask is null)
            {
                var (at, advice) = FieldHints.For(track, "Owned Files", track.HowToAdd("Owned Files", "the paths or globs it may change"));
                yield return new RuleFinding(at ?? track.Field("Owned Files")?.Label.Location ?? track.Location,
                    $"Track {track.Id} owns no files; {advice}");
            }
        }
    }
}
