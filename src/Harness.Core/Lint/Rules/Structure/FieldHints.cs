using Harness.Core.Model.Artifacts;

namespace Harness.Core.Lint.Rules.Structure;

/// <summary>
/// For a track that lacks a required field, what its author probably wrote instead: a label written nearly right
/// (`- Owners`, `- Verify`, `- Depends On`, or such a column of the Tracks table), or one in another language
/// (`- 担当`) that harness.yml's headings: can map.
/// </summary>
internal static class FieldHints
{
    /// <summary>Why a track lacks <paramref name="label"/> and how to fix it: the hint, else <paramref name="fix"/>.</summary>
    public static (Model.Text.SourceLocation? At, string Advice) For(Track track, string label, string fix)
    {
        // Only the required fields are reported, so only they are paired: a track rarely has every recommended one.
        var missing = Track.RequiredFields.Where(f => track.Field(f) is null).ToList();
        if (!missing.Contains(label))
        {
            return (null, fix);
        }
        var hints = NameHints.Pair(missing, Unread(track));
        var hint = hints.GetValueOrDefault(label);
        var form = track.Form == TrackForm.Heading ? NameForm.Label : NameForm.Column;
        return (hint?.Location, NameHints.Advice(hint, label, form, fix));
    }

    /// <summary>The labels of a track that name no field: bullets that look like a label, or columns of its table.</summary>
    private static List<WrittenName> Unread(Track track)
    {
        var known = Track.KnownFields.Concat(Track.IdColumns).Select(track.LabelMap.Key).ToHashSet(StringComparer.Ordinal);
        var unread = new List<WrittenName>();
        foreach (var field in track.WrittenFields.Where(f => !known.Contains(f.Key)))
        {
            var label = track.Form == TrackForm.Heading ? FieldReader.LabelOf(field.Label.Text, field.Values.Count > 0) : field.Label.Text;
            if (label is not null && track.LabelMap.Key(label) is { Length: > 0 } key && !known.Contains(key))
            {
                unread.Add(new WrittenName(Model.Text.Labels.Bare(label), field.Label.Location, key));
            }
        }
        return unread;
    }
}
