using Harness.Core.Artifacts;
using Harness.Core.Findings;

namespace Harness.Core.Rules.Structure;

/// <summary>
/// A track lacks a required field (Status, Verify Signal, Dependencies). Owner and Owned Files are left to
/// track-unowned, so one gap gives one finding.
/// </summary>
public sealed class TrackFieldMissingRule : IRule
{
    private static readonly string[] Checked = Track.RequiredFields.Except(["Owner", "Owned Files"]).ToArray();

    public string Id => RuleIds.TrackFieldMissing;

    public string Name => "track-field-missing";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track lacks a required field: Status, Verify Signal or Dependencies.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var (_, track) in context.AllTracks)
        {
            foreach (var label in Checked.Where(l => track.Field(l) is not { Values.Count: > 0 }))
            {
                var hint = label == "Dependencies" ? " (write '- none' when it has none)" : "";
                yield return new RuleFinding(track.Location,
                    $"Track {track.Id} has no '{label}' field with a value; add '- {label}' with a nested value{hint}");
            }
        }
    }
}
