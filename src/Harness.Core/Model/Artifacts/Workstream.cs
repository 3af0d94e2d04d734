using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Artifacts;

/// <summary>One row of a plan's Workstreams table.</summary>
public sealed class Workstream
{
    public Workstream(TextValue track, TextValue? owner, TextValue? goal, IReadOnlyList<TextValue> ownedFiles,
        TextValue? verify, TextValue? exitSignal)
    {
        Track = track;
        Id = TrackIds.Normalize(track.Text);
        Owner = owner;
        Goal = goal;
        OwnedFiles = ownedFiles;
        Verify = verify;
        ExitSignal = exitSignal;
    }

    public TextValue Track { get; }

    public string Id { get; }

    public TextValue? Owner { get; }

    public TextValue? Goal { get; }

    public IReadOnlyList<TextValue> OwnedFiles { get; }

    public TextValue? Verify { get; }

    public TextValue? ExitSignal { get; }

    public static IReadOnlyList<Workstream> Read(Section? section)
    {
        var table = section?.Tables.FirstOrDefault();
        if (table is null)
        {
            return [];
        }
        var track = table.ColumnOf("Track", "Workstream", "Id");
        var owner = table.ColumnOf("Owner", "Role");
        var goal = table.ColumnOf("Goal");
        var files = table.ColumnOf("Owned Files", "Files");
        var verify = table.ColumnOf("Verify", "Verify Signal");
        var exit = table.ColumnOf("Exit Signal", "Exit");
        if (track < 0)
        {
            track = 0;
        }
        var result = new List<Workstream>();
        foreach (var row in table.Rows)
        {
            var trackCell = Cell(row, track);
            if (trackCell is null || trackCell.Text.Length == 0)
            {
                continue;
            }
            var ownedFiles = Cell(row, files) is { } cell ? FieldReader.Paths(cell).ToList() : [];
            result.Add(new Workstream(trackCell, Cell(row, owner), Cell(row, goal), ownedFiles, Cell(row, verify), Cell(row, exit)));
        }
        return result;
    }

    /// <summary>A cell's value; an empty cell gives none, as a missing column does (an owner left blank is not the owner '').</summary>
    private static TextValue? Cell(IReadOnlyList<TextValue> row, int index) =>
        index >= 0 && index < row.Count && row[index].Text.Length > 0 ? row[index] : null;
}
