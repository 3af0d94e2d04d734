using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// The fixes that get a track (or a single-agent task) a verify result, worded once. `harness verify` is
/// offered only where there is a command in backticks to run; else the fix is to write that command where
/// harness reads it, at its path and line, with the command the repo states when it states one.
/// </summary>
public static class VerifyFixes
{
    /// <summary>`harness verify ID --track X` for a track with a command; else where to write the command.</summary>
    public static string ForTrack(string taskId, Track track, StatedCommand? stated) =>
        track.VerifyCommand is null ? WriteCommand(track, stated) : $"run `{RunTrack(taskId, track)}`";

    public static string RunTrack(string taskId, Track track) => CommandWords.Verify(taskId, track.Id);

    /// <summary>Where to write the command of a track whose Verify Signal names none.</summary>
    public static string WriteCommand(Track track, StatedCommand? stated)
    {
        var at = track.VerifySignal?.Label.Location ?? track.Location;
        return $"put the command in backticks in the Verify Signal of Track {track.Id} at {at.File}:{at.Line}{Offer(stated)}";
    }

    /// <summary>`harness verify ID` for a brief with a command; else where to write it.</summary>
    public static string ForBrief(string taskId, TaskBrief? brief, string briefPath, StatedCommand? stated)
    {
        if (brief?.VerificationCommand is not null)
        {
            return $"run `{CommandWords.Verify(taskId)}`";
        }
        var section = brief?.Section("Verification");
        var at = section is null ? $"a '## Verification' section of {briefPath}" : $"the Verification of {section.Location.File}:{section.Location.Line}";
        return $"put the command in backticks in {at}{Offer(stated)}";
    }

    /// <summary>", such as `cmd` (stated at AGENTS.md:12)": never a guess, only what the repo says.</summary>
    public static string Offer(StatedCommand? stated) =>
        stated is null ? "" : $", such as `{stated.Command}` (stated at {stated.Where})";
}
