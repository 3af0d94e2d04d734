using Harness.Core.Model.Artifacts;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>A track in one line, for the compact form of a feature list with many tracks.</summary>
public sealed record TrackLine(string Id, string Owner, string Status, string Dependencies, string OwnedFiles, string Path, int Line)
{
    public static TrackLine Of(Track track) => new(
        track.Id,
        track.Owner?.Text ?? "(no owner)",
        track.Status?.Text ?? "(no status)",
        track.Dependencies.Count == 0 ? "none" : string.Join(", ", track.Dependencies.Select(d => d.Text)),
        track.OwnedFiles.Count == 0 ? "none" : string.Join(", ", track.OwnedFiles.Select(f => f.Unwrapped)),
        track.Location.File,
        track.Location.Line);

    /// <summary>Tracks quoted in one line each (all but the current one), when there are many.</summary>
    public static IReadOnlyList<TrackLine> Compact(TaskState state) =>
        state.Tracks.Count > PacketInputs.CompactAbove
            ? state.Tracks.Where(t => !ReferenceEquals(t, state.Track)).Select(Of).ToList()
            : [];
}
