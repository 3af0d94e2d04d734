using Harness.Core.Artifacts;
using Harness.Core.Findings;

namespace Harness.Core.Rules.Tracks;

/// <summary>A track with no owner, or with no owned files: nobody may work on it, or it may touch anything.</summary>
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
                yield return new RuleFinding(track.Owner?.Location ?? track.Location,
                    $"Track {track.Id} has no owner; add '- Owner' with the role that works on it (such as coder-a)");
            }
            if (track.OwnedFiles.Count == 0)
            {
                yield return new RuleFinding(track.Field("Owned Files")?.Label.Location ?? track.Location,
                    $"Track {track.Id} owns no files; list the paths or globs it may change under '- Owned Files'");
            }
        }
    }
}
