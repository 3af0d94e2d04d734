using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Model.Identity;

/// <summary>
/// The track and role of the agent within its task. A role without a track takes the one track an owner of that
/// role holds (`--as reviewer` is Track C's reviewer), never a guess among several; only an agent with no track at
/// all, or one that says it is the planner, is the planner of the whole feature.
/// </summary>
internal static class TrackChoice
{
    public sealed record Choice(Track? Track, string TrackSource, string Role, string RoleSource);

    public static Choice Choose(Workspace workspace, HarnessTask task, SessionClaims claims)
    {
        var roleClaim = claims.RoleFor(task.Id);
        var role = roleClaim is null ? null : KnownRole(workspace, roleClaim);
        var trackClaim = claims.TrackFor(task.Id) ?? (claims.ReadsNote ? NoteTrack(task) : null);
        if (!task.IsLongRunning)
        {
            if (trackClaim is { Rank: ClaimRank.Flag })
            {
                throw new HarnessInputException($"{CommandWords.Track}: {task.Id} is a single-agent task (a brief); it has no tracks");
            }
            // A track set for the session does not fit a task without tracks: the task's one agent is its coder.
            return new Choice(null, IdentityResolver.NoTrackNamed, role ?? "coder", roleClaim?.Source ?? "a single-agent task");
        }
        var list = task.FeatureList;
        var track = trackClaim is null ? null : ClaimedTrack(task, list, trackClaim, role, roleClaim);
        var trackSource = trackClaim?.Source;
        if (track is null && role is not null && role != IdentityResolver.PlannerRole)
        {
            track = OnlyTrackOf(task, list, role, roleClaim!);
            trackSource = $"{roleClaim!.Source} {role}, the only track a {role} owns";
        }
        if (track is null)
        {
            return new Choice(null, IdentityResolver.NoTrackNamed, IdentityResolver.PlannerRole, roleClaim?.Source ?? IdentityResolver.NoTrackNamed);
        }
        var ownerRole = OwnerRoles.IsUnset(track.Owner) ? null : OwnerRoles.Of(track.Owner!.Unwrapped).FirstOrDefault();
        return new Choice(track, trackSource!, role ?? ownerRole ?? "(owner unset)", roleClaim?.Source ?? (ownerRole is null ? "no owner" : "the track's Owner"));
    }

    /// <summary>
    /// The track a claim names. A stronger planner claim drops a weaker track (the planner has none); a stronger role
    /// that the track's owner does not play drops it too, so that the role finds its own track. A track the feature
    /// list lacks is an input error, except the note's, which restart reports as a stop condition.
    /// </summary>
    private static Track? ClaimedTrack(HarnessTask task, FeatureList? list, Claim claim, string? role, Claim? roleClaim)
    {
        // Said in the same place (both flags, both in git config by `harness start`), track and role go together.
        var stronger = roleClaim is not null && roleClaim.Rank < claim.Rank;
        if (stronger && role == IdentityResolver.PlannerRole)
        {
            return null;
        }
        var track = list?.FindTrack(claim.Value);
        if (track is null)
        {
            if (claim.Rank == ClaimRank.ProgressNote)
            {
                return null;
            }
            var known = list is null || list.Tracks.Count == 0 ? "it has none" : string.Join(", ", list.Tracks.Select(t => t.Id));
            var fix = claim.Rank == ClaimRank.GitConfig ? $"; fix: `{CommandWords.Start(task.Id, "T")}` with one of them, or `{CommandWords.StartClear}`" : "";
            throw new HarnessInputException($"{claim.Source}: {task.Id} has no track '{claim.Value}'; tracks: {known}{fix}");
        }
        var plays = role is null || role == IdentityResolver.PlannerRole || track.Owner is null || OwnerRoles.Of(track.Owner.Unwrapped).Contains(role);
        return stronger && !plays ? null : track;
    }

    /// <summary>The one track whose owner plays <paramref name="role"/>; an input error listing the candidates otherwise.</summary>
    private static Track OnlyTrackOf(HarnessTask task, FeatureList? list, string role, Claim roleClaim)
    {
        var tracks = list?.Tracks ?? [];
        var candidates = tracks.Where(t => !OwnerRoles.IsUnset(t.Owner) && OwnerRoles.Of(t.Owner!.Unwrapped).Contains(role)).ToList();
        if (candidates.Count == 1)
        {
            return candidates[0];
        }
        var pick = $"name yours with {CommandWords.Track} T (or `{CommandWords.Start(task.Id, "T")}`)";
        if (candidates.Count == 0)
        {
            var all = tracks.Count == 0 ? "it has none" : string.Join(", ", tracks.Select(Named));
            throw new HarnessInputException(
                $"{roleClaim.Source} {role}: no track of {task.Id} is owned by a {role}; tracks: {all}; {pick}, or take the planner's view with {CommandWords.Role} {IdentityResolver.PlannerRole}");
        }
        throw new HarnessInputException(
            $"{roleClaim.Source} {role}: {candidates.Count} tracks of {task.Id} are owned by a {role}: {string.Join(", ", candidates.Select(Named))}; {pick}");
    }

    private static string Named(Track track) => $"{track.Id} ({track.Owner?.Unwrapped ?? "no owner"})";

    private static Claim? NoteTrack(HarnessTask task) =>
        task.Note?.Track is { } named ? new Claim(named.Unwrapped, "the Progress Note's front matter", ClaimRank.ProgressNote) : null;

    private static string KnownRole(Workspace workspace, Claim claim)
    {
        var known = OwnerRoles.Standard.Concat(workspace.Playbook?.Roles.Select(r => r.Text) ?? []).Distinct(StringComparer.Ordinal).ToList();
        var role = claim.Value.Trim().ToLowerInvariant();
        return known.Contains(role)
            ? role
            : throw new HarnessInputException($"{claim.Source}: unknown role '{claim.Value}'; known roles: {string.Join(", ", known)}");
    }
}
