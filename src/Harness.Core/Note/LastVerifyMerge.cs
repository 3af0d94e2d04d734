using Harness.Core.Model.Documents;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.State;
using Harness.Core.Model.Writing;

namespace Harness.Core.Note;

/// <summary>
/// Merges the recorded verify runs into the note's Last Verify. Every line stays; a line harness wrote (exactly
/// in the form of <see cref="NoteFacts.Line"/>) for the same command and track is brought up to the newest
/// run; a run no such line shows is added after the last item. A line a person wrote is never rewritten.
/// </summary>
internal static class LastVerifyMerge
{
    public const string Heading = "Last Verify";

    /// <summary>Edits the section (adds it when missing and a run was recorded); true when it changed.</summary>
    public static bool Edit(InPlaceEdit edit, Section? section, IReadOnlyList<EvidenceRecord> records)
    {
        var lines = section is null ? [] : NoteLine.AllLines(section);
        var written = lines.Select(l => (Line: l, Written: NoteFacts.ReadWritten(l.Text))).Where(w => w.Written is not null).ToList();
        var added = new List<string>();
        var changed = false;
        foreach (var record in records)
        {
            var line = NoteFacts.Line(record);
            if (lines.Any(l => l.Text == line))
            {
                continue;
            }
            var who = NoteFacts.Who(record);
            var same = written.Where(w => w.Written!.Command == record.Command && w.Written.Who == who).ToList();
            if (same.Count == 0)
            {
                added.Add(line);
            }
            else if (same.TrueForAll(w => w.Written!.At <= record.StartedAt))
            {
                changed |= edit.Replace(same[0].Line.Start, same[0].Line.End, line);
            }
            // else the note already shows a run newer than any recorded one: it stays as it is.
        }
        if (added.Count > 0)
        {
            changed |= section is null ? NoteSections.AddSection(edit, Heading, added) : NoteSections.Add(edit, section, added);
        }
        return changed;
    }
}
