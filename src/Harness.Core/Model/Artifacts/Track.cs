using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>How a track is written in its feature list: a heading with field bullets, or a row of the Tracks table.</summary>
public enum TrackForm
{
    Heading,
    TableRow,
}

/// <summary>A field written twice in one track with two different values, where it takes one.</summary>
public sealed record RepeatedField(Field First, Field Again);

/// <summary>
/// One track of a feature list: a work package with its owner, owned files, verify and dependencies. It is
/// read the same from a `### Track A` heading with field bullets and from a row of a table under `## Tracks`,
/// so every command sees one track whichever way it was written.
/// </summary>
public sealed class Track
{
    public static readonly string[] KnownFields =
        ["Status", "Owner", "Goal", "Entry Criteria", "Owned Files", "Verify Signal", "Exit Signal", "Dependencies", "Sub-task"];

    public static readonly string[] RequiredFields = ["Status", "Owner", "Owned Files", "Verify Signal", "Dependencies"];

    /// <summary>Fields that take one value: given twice with two values, they are a finding (HRN023), never merged.</summary>
    public static readonly string[] SingleValueFields = ["Status", "Owner"];

    /// <summary>The first column of a Tracks table names the track unless a column has one of these headers.</summary>
    public static readonly string[] IdColumns = ["Track", "Id", "Workstream"];

    private readonly Func<string> _markdown;

    private Track(string id, string title, SourceLocation location, TrackForm form, IReadOnlyList<Field> written,
        IReadOnlyList<string> columns, LabelMap labels, Func<string> markdown)
    {
        Id = id;
        Title = title;
        Location = location;
        Form = form;
        WrittenFields = written;
        Columns = columns;
        LabelMap = labels;
        _markdown = markdown;
        (Fields, RepeatedFields) = Merge(written, labels);
        Status = Field("Status")?.First;
        Owner = Field("Owner")?.First;
        Goal = Field("Goal");
        ExitSignal = Field("Exit Signal");
        VerifySignal = Field("Verify Signal");
        OwnedFiles = PathsOf(Field("Owned Files"));
        Dependencies = DependenciesOf(Field("Dependencies"));
        VerifyCommand = FirstCommand(VerifySignal);
        SubTask = SubTaskOf(Field("Sub-task"));
    }

    /// <summary>
    /// The task a Sub-task field hands the track's work to: its first backticked span, else its first word
    /// ("FEATURE-012（ログイン）" names FEATURE-012); null when the field is missing, empty or "none".
    /// </summary>
    private static TextValue? SubTaskOf(Field? field)
    {
        if (field?.First is not { } value || FieldReader.IsNone(value.Text))
        {
            return null;
        }
        foreach (var (code, offset) in InlineCode.Spans(value.Text))
        {
            if (code.Trim().Length > 0)
            {
                return new TextValue(code.Trim(), value.Location with { Column = value.Location.Column + offset + 1 });
            }
        }
        var word = value.Text.TrimStart('*', '_').Split([' ', '\u3000', '(', '（', ',', '、', '*', '_'], 2, StringSplitOptions.None)[0];
        return word.Length == 0 ? null : new TextValue(word, value.Location);
    }

    // Loops, not LINQ: every track of a feature list of 60,000 runs these.
    private static IReadOnlyList<TextValue> PathsOf(Field? field)
    {
        if (field is null)
        {
            return [];
        }
        var paths = new List<TextValue>();
        foreach (var value in field.Values)
        {
            paths.AddRange(FieldReader.Paths(value));
        }
        return paths.Count == 0 ? [] : paths.ToArray();
    }

    /// <summary>The tracks a Dependencies field names, normalized; "none" (as a value or a part of one) names none.</summary>
    private static IReadOnlyList<TextValue> DependenciesOf(Field? field)
    {
        if (field is null)
        {
            return [];
        }
        var dependencies = new List<TextValue>();
        foreach (var value in field.Values)
        {
            if (FieldReader.IsNone(value.Text))
            {
                continue;
            }
            foreach (var part in FieldReader.SplitCommas(value))
            {
                var id = TrackIds.Normalize(part.Text);
                if (id.Length > 0 && !FieldReader.IsNone(id))
                {
                    dependencies.Add(new TextValue(id, part.Location));
                }
            }
        }
        return dependencies.Count == 0 ? [] : dependencies.ToArray();
    }

    /// <summary>A track written as a heading (`### Track A: Title`) with its fields as bullets.</summary>
    public static Track FromSection(Section section)
    {
        var (id, title) = TrackIds.FromHeading(section.Title);
        var written = FieldReader.Read(section.Items, KnownFields, section.LabelMap);
        return new Track(id, title, section.Location, TrackForm.Heading, written, [], section.LabelMap, () => section.Markdown);
    }

    /// <summary>
    /// True when a table under `## Tracks` lists tracks: a column is named Track (or Id, Workstream), or the
    /// first column names no field and another one does. A legend such as `| Status | 意味 |` lists no tracks.
    /// </summary>
    public static bool IsTracksTable(MarkdownTable table)
    {
        var fields = table.LabelMap.KeysOf(KnownFields);
        var ids = table.LabelMap.KeysOf(IdColumns);
        var keys = Enumerable.Range(0, table.Header.Count).Select(table.KeyOf).ToList();
        return keys.Any(ids.Contains) || (keys.Count > 1 && !fields.Contains(keys[0]) && keys.Skip(1).Any(fields.Contains));
    }

    /// <summary>
    /// The tracks of a Tracks table, one a row: the track in the `Track` column (else the first one: `A`, `Track
    /// A` or `Track A: Title`), each column named after a field a value of that field, with its cell's location.
    /// </summary>
    public static IReadOnlyList<Track> FromTable(MarkdownTable table)
    {
        var idColumn = Math.Max(0, table.ColumnOf(IdColumns));
        var columns = Enumerable.Range(0, table.Header.Count).Where(i => i != idColumn).ToList();
        var columnNames = columns.Select(i => table.Header[i].Text).ToList();
        var tracks = new List<Track>();
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var cells = table.Rows[row];
            if (idColumn >= cells.Count || cells[idColumn].Text.Length == 0)
            {
                continue;
            }
            var idCell = cells[idColumn];
            var (id, title) = TrackIds.FromHeading(InlineCode.Unwrap(idCell.Text));
            id = TrackIds.Normalize(id);
            var fields = new List<Field>();
            foreach (var column in columns)
            {
                var header = table.Header[column];
                var cell = column < cells.Count ? cells[column] : new TextValue("", idCell.Location);
                // The label keeps the cell's place, so a finding on this field points at this row.
                fields.Add(new Field(new TextValue(header.Text, cell.Location), cell.Text.Length > 0 ? [cell] : [])
                {
                    Key = table.LabelMap.Key(header.Text),
                });
            }
            var index = row;
            tracks.Add(new Track(id, title, idCell.Location, TrackForm.TableRow, fields, columnNames, table.LabelMap,
                () => table.RowMarkdown(index)));
        }
        return tracks;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>The track's heading, or the cell naming it in the Tracks table.</summary>
    public SourceLocation Location { get; }

    public TrackForm Form { get; }

    /// <summary>The track as written, for a prompt to quote: its heading and bullets, or the table's header and its row.</summary>
    public string Markdown => _markdown();

    /// <summary>The fields as written, in order, a field given twice twice (prose bullets included).</summary>
    public IReadOnlyList<Field> WrittenFields { get; }

    /// <summary>The fields, one per label: a list field given twice has the values of both.</summary>
    public IReadOnlyList<Field> Fields { get; }

    /// <summary>Single-value fields given again with another value; the first is the one read.</summary>
    public IReadOnlyList<RepeatedField> RepeatedFields { get; }

    /// <summary>The headers of the Tracks table but the track's own (empty for a heading track).</summary>
    public IReadOnlyList<string> Columns { get; }

    public TextValue? Status { get; }

    public TextValue? Owner { get; }

    public Field? Goal { get; }

    public Field? ExitSignal { get; }

    public Field? VerifySignal { get; }

    /// <summary>The runnable verify: the first backticked command in the Verify Signal, or null.</summary>
    public TextValue? VerifyCommand { get; }

    public IReadOnlyList<TextValue> OwnedFiles { get; }

    public IReadOnlyList<TextValue> Dependencies { get; }

    /// <summary>The task this track hands its work to (`- Sub-task: FEATURE-012`), or null; its Sub-task line is <see cref="SubTaskField"/>.</summary>
    public TextValue? SubTask { get; }

    /// <summary>The Sub-task field as written (its label's place is the line a finding or a prompt quotes).</summary>
    public Field? SubTaskField => SubTask is null ? null : Field("Sub-task");

    public TrackStatus StatusKind => TrackStatusKinds.Parse(Status?.Text);

    /// <summary>The names harness.yml gives headings and labels, as the track's file is read with them.</summary>
    public LabelMap LabelMap { get; }

    public Field? Field(string label) => FieldReader.Find(Fields, LabelMap.Key(label));

    /// <summary>How to give this track a field it lacks, in the words of its form.</summary>
    public string HowToAdd(string label, string value = "a nested value")
    {
        if (Form == TrackForm.Heading)
        {
            return $"add '- {label}' with {value}";
        }
        var key = LabelMap.Key(label);
        return Columns.Any(c => LabelMap.Key(c) == key)
            ? $"fill its {label} cell in the Tracks table"
            : $"add a '{label}' column to the Tracks table";
    }

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

    /// <summary>
    /// One field per known label: a list field given twice has the values of both, in order; a single-value
    /// field keeps its first value, and a second, different one is recorded for HRN023. Prose bullets stay as written.
    /// </summary>
    private static (IReadOnlyList<Field> Fields, IReadOnlyList<RepeatedField> Repeated) Merge(IReadOnlyList<Field> written, LabelMap labels)
    {
        var known = labels.KeysOf(KnownFields);
        var single = labels.KeysOf(SingleValueFields);
        var fields = new List<Field>(written.Count);
        // Where each known label's field stands: at most one per known label, so a short list, searched by key.
        var byKey = new List<(string Key, int At)>(known.Count);
        List<RepeatedField>? repeated = null;
        foreach (var field in written)
        {
            var isKnown = known.Contains(field.Key);
            var at = isKnown ? IndexOf(byKey, field.Key) : -1;
            if (at < 0)
            {
                if (isKnown)
                {
                    byKey.Add((field.Key, fields.Count));
                }
                fields.Add(field);
                continue;
            }
            var first = fields[at];
            if (!single.Contains(field.Key))
            {
                fields[at] = first with { Values = [.. first.Values, .. field.Values] };
            }
            else if (first.First is null)
            {
                fields[at] = field with { Key = first.Key };
            }
            else if (field.First is { } again && !SameValue(first.First, again))
            {
                (repeated ??= []).Add(new RepeatedField(first, field));
            }
        }
        return (fields, repeated ?? (IReadOnlyList<RepeatedField>)[]);
    }

    private static int IndexOf(List<(string Key, int At)> byKey, string key)
    {
        foreach (var (known, at) in byKey)
        {
            if (string.Equals(known, key, StringComparison.Ordinal))
            {
                return at;
            }
        }
        return -1;
    }

    private static bool SameValue(TextValue a, TextValue b) => Labels.Matches(a.Unwrapped, b.Unwrapped);
}
