using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>
/// A track lacks a required field (Status, Verify Signal, Dependencies). Owner and Owned Files are left to
/// track-unowned, so one gap gives one finding. A label written nearly right is pointed at (see <see cref="FieldHints"/>).
/// A track that hands its work to a sub-task needs no Verify Signal: its verify rolls up from the sub-task's tracks.
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
            foreach (var label in Checked)
            {
                var field = track.Field(label);
                if (field is { Values.Count: > 0 } || (label == "Verify Signal" && track.SubTask is not null))
                {
                    continue;
                }
                var hint = label != "Dependencies" ? "" : track.Form == TrackForm.Heading ? " (write '- none' when it has none)" : " (write none when it has none)";
                var (at, advice) = FieldHints.For(track, label, track.HowToAdd(label) + hint);
                yield return new RuleFinding(at ?? field?.Label.Location ?? track.Location,
                    $"Track {track.Id} has no '{label}' field with a value; {advice}");
            }
        }
    }
}
