using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Writing;

namespace Harness.Core.Note;

/// <summary>How `harness note` adds to a section of the note: under its list, or as a new section at the end.</summary>
internal static class NoteSections
{
    /// <summary>
    /// Adds lines to the section's list, after the last line of its last item (its subsections untouched); a
    /// section that holds nothing but one "none" line has that line replaced, an empty one gets them as its body.
    /// </summary>
    public static bool Add(InPlaceEdit edit, Section section, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return false;
        }
        var own = NoteLine.OwnLines(section);
        var written = own.Where(l => !l.IsBlank).ToList();
        if (written.Count == 0)
        {
            return edit.ReplaceBody(section, lines);
        }
        if (written.Count == 1 && FieldReader.IsNone(written[0].ItemText))
        {
            return edit.Replace(written[0].Start, written[0].End, string.Join(edit.NewLine, lines));
        }
        var after = NoteLine.LastItemLine(own)!.Value;
        return edit.Insert(after.End, string.Concat(lines.Select(l => edit.NewLine + l)));
    }

    /// <summary>Adds a new section at the end of the note, its items right under the heading as the template has them.</summary>
    public static bool AddSection(InPlaceEdit edit, string name, IReadOnlyList<string> lines) =>
        edit.AppendAfterAll("## " + name + edit.NewLine + string.Join(edit.NewLine, lines) + edit.NewLine);
}
