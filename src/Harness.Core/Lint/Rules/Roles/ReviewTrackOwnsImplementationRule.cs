using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;

namespace Harness.Core.Lint.Rules.Roles;

/// <summary>
/// A reviewer or verifier track that owns implementation files: files a coder track also owns, or that
/// harness.yml's `implementation` globs match. Reviewers and verifiers keep to docs, artifacts and reports;
/// the fix of what they find goes back to the coder who owns the file. One finding per owned entry.
/// </summary>
public sealed class ReviewTrackOwnsImplementationRule : IRule
{
    public string Id => RuleIds.ReviewTrackOwnsImplementation;

    public string Name => "review-track-owns-implementation";

    public Severity DefaultSeverity => Severity.Warning;

    public string Summary => "A reviewer or verifier track owns implementation files (a coder track's, or harness.yml's implementation globs).";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        var implementation = context.Config.Implementation.Select(g => new GlobPattern(g)).ToList();
        foreach (var list in context.FeatureLists)
        {
            var entries = list.Ownership.Entries;
            var coders = entries.Where(e => !IsReviewOrVerify(e.Track)).ToList();
            foreach (var entry in entries.Where(e => IsReviewOrVerify(e.Track)))
            {
                if (Reason(entry, implementation, coders) is { } reason)
                {
                    yield return new RuleFinding(entry.Value.Location,
                        $"Track {entry.Track.Id} is a {string.Join(" / ", OwnerRoles.Of(entry.Track.Owner!.Text))} track but owns '{entry.Value.Unwrapped}': {reason}; " +
                        "reviewers and verifiers keep to docs, artifacts and reports: give the file to a coder track");
                }
            }
        }
    }

    private static bool IsReviewOrVerify(Track track) => track.Owner is { } owner && OwnerRoles.IsReviewOrVerify(owner.Text);

    private static string? Reason(OwnedEntry entry, IReadOnlyList<GlobPattern> implementation, IReadOnlyList<OwnedEntry> coders)
    {
        foreach (var glob in implementation)
        {
            if (GlobOverlap.Example(entry.Glob, glob) is { } example)
            {
                return $"{example} is an implementation file (harness.yml implementation: {glob.Text})";
            }
        }
        foreach (var coder in coders)
        {
            if (GlobOverlap.Example(entry.Glob, coder.Glob) is { } example)
            {
                return $"{example} is a file Track {coder.Track.Id} also owns ({coder.Value.Location})";
            }
        }
        return null;
    }
}
