using Harness.Core.Documents;
using Harness.Core.Text;

namespace Harness.Core.Artifacts;

/// <summary>One track of a feature list: a work package with its owner, owned files, verify and dependencies.</summary>
public sealed class Track
{
    public static readonly string[] KnownFields =
        ["Status", "Owner", "Goal", "Entry Criteria", "Owned Files", "Verify Signal", "Exit Signal", "Dependencies"];

    public static readonly string[] RequiredFields = ["Status", "Owner", "Owned Files", "Verify Signal", "Dependencies"];

    public Track(Section section)
    {
        Section = section;
        (Id, Title) = TrackIds.FromHeading(section.Title);
        Fields = FieldReader.Read(section.Items, KnownFields);
        Status = Field("Status")?.First;
        Owner = Field("Owner")?.First;
        Goal = Field("Goal");
        ExitSignal = Field("Exit Signal");
        VerifySignal = Field("Verify Signal");
        OwnedFiles = Field("Owned Files")?.Values.SelectMany(FieldReader.Paths).ToList() ?? [];
        Dependencies = Field("Dependencies")?.Values
            .Where(v => !FieldReader.IsNone(v.Text))
            .SelectMany(FieldReader.SplitCommas)
            .Select(v => new TextValue(TrackIds.Normalize(v.Text), v.Location))
            .Where(v => v.Text.Length > 0 && !FieldReader.IsNone(v.Text))
            .ToList() ?? [];
        VerifyCommand = FirstCommand(VerifySignal);
    }

    public Section Section { get; }

    public string Id { get; }

    public string Title { get; }

    public SourceLocation Location => Section.Location;

    public IReadOnlyList<Field> Fields { get; }

    public TextValue? Status { get; }

    public TextValue? Owner { get; }

    public Field? Goal { get; }

    public Field? ExitSignal { get; }

    public Field? VerifySignal { get; }

    /// <summary>The runnable verify: the first backticked command in the Verify Signal, or null.</summary>
    public TextValue? VerifyCommand { get; }

    public IReadOnlyList<TextValue> OwnedFiles { get; }

    public IReadOnlyList<TextValue> Dependencies { get; }

    public TrackStatus StatusKind => TrackStatusKinds.Parse(Status?.Text);

    public Field? Field(string label) => FieldReader.Find(Fields, label);

    public static TextValue? FirstCommand(Field? field)
    {
        if (field is null)
        {
            return null;
        }
        foreach (var value in field.Values)
        {
            foreach (var (code, offset) in InlineCode.Spans(value.Text))
            {
                if (code.Length > 0)
                {
                    return new TextValue(code, value.Location with { Column = value.Location.Column + offset + 1 });
                }
            }
        }
        return null;
    }
}
