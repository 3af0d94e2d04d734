using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Artifacts;

/// <summary>
/// One bullet of a Shared File Rule: the files more than one track may need, and the track that goes first
/// (the first "Track X" the bullet names). A bullet that starts "Sync window open" records a sync window
/// instead (see docs/format.md).
/// </summary>
public sealed class SharedFileEntry
{
    public SharedFileEntry(TextValue line)
    {
        Line = line;
        Files = FieldReader.Paths(line).Where(p => InlineCode.Spans(line.Text).Count > 0).ToList();
        var tracks = TrackIds.MentionsIn(line).ToList();
        FirstTrack = tracks.Count > 0 ? tracks[0] : null;
        Tracks = tracks;
        IsSyncWindow = Labels.Normalize(line.Text).StartsWith("sync window open", StringComparison.Ordinal);
    }

    public TextValue Line { get; }

    public IReadOnlyList<TextValue> Files { get; }

    /// <summary>The track that goes first; for a sync window, the track the window is open for.</summary>
    public TextValue? FirstTrack { get; }

    public IReadOnlyList<TextValue> Tracks { get; }

    public bool IsSyncWindow { get; }
}

public static class SharedFileRule
{
    public static IReadOnlyList<SharedFileEntry> Read(Section? section)
    {
        if (section is null)
        {
            return [];
        }
        var entries = new List<SharedFileEntry>();
        var stack = new Stack<ListItem>(section.Items.AsEnumerable().Reverse());
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (!FieldReader.IsNone(item.Text))
            {
                entries.Add(new SharedFileEntry(item.ToValue()));
            }
            for (var i = item.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(item.Children[i]);
            }
        }
        return entries;
    }
}
