using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;

namespace Harness.Core.Lint.Rules.Ownership;

/// <summary>
/// An owned glob that matches no file of the repo: often a typo. Literal paths, and the globs of tracks not
/// started yet, are left alone (a track may own files it has yet to create; a fresh scaffold owns nothing yet).
/// Each repo file is matched once against the index of every checked glob.
/// </summary>
public sealed class OwnedGlobUnmatchedRule : IRule
{
    public string Id => RuleIds.OwnedGlobUnmatched;

    public string Name => "owned-glob-unmatched";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "An owned glob matches no file in the repo.";

    /// <summary>The owned globs the rule checks against the repo's files; none, and it never lists them.</summary>
    public static IReadOnlyList<OwnedEntry> Globs(IEnumerable<LintedFeatureList> featureLists) =>
        featureLists.SelectMany(l => l.Ownership.Entries)
            .Where(e => !e.Glob.IsLiteral && e.Track.StatusKind != TrackStatus.NotStarted)
            .ToList();

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        var globs = Globs(context.FeatureLists);
        if (globs.Count == 0)
        {
            return [];
        }
        var index = new GlobIndex<OwnedEntry>();
        foreach (var entry in globs)
        {
            index.Add(entry.Glob.Text, entry);
        }
        var matched = new HashSet<OwnedEntry>(ReferenceEqualityComparer.Instance);
        foreach (var file in context.Workspace.RepoFiles)
        {
            foreach (var (_, entry) in index.Match(file))
            {
                matched.Add(entry);
            }
        }
        return globs.Where(g => !matched.Contains(g)).Select(entry => new RuleFinding(entry.Value.Location,
            $"Track {entry.Track.Id} owns '{entry.Value.Unwrapped}', which matches no file in the repo; fix the glob, or ignore this until the track creates its files"));
    }
}
