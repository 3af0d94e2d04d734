using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>
/// A track gives Status or Owner twice with two different values. List fields given twice are merged (two
/// `- Owned Files` lists are one); a field that takes one value cannot be, and harness will not pick one silently.
/// </summary>
public sealed class FieldGivenTwiceRule : IRule
{
    public string Id => RuleIds.FieldGivenTwice;

    public string Name => "field-given-twice";

    public Severity DefaultSeverity => Severity.Error;

    public string Summary => "A track gives a single-value field (Status, Owner) twice, with different values.";

    public IEnumerable<RuleFinding> Check(LintContext context)
    {
        foreach (var (_, track) in context.AllTracks)
        {
            foreach (var repeated in track.RepeatedFields)
            {
                var label = Track.SingleValueFields.First(f => track.LabelMap.Key(f) == repeated.First.Key);
                var first = repeated.First.First!;
                var again = repeated.Again.First!;
                yield return new RuleFinding(repeated.Again.Label.Location,
                    $"Track {track.Id} gives '{label}' twice: '{again.Text}' here and '{first.Text}' at {first.Location}; " +
                    $"harness reads the first, so delete the {label} that is wrong and keep one");
            }
        }
    }
}
