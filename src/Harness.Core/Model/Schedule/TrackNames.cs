using System.Text;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Schedule;

/// <summary>
/// The names a Merge Order step may give a track of the feature list: its id ("Track A"), its owner as the
/// feature list writes it ("coder-a", "reviewer / verifier"), or a role of its owner ("coders", "reviewer").
/// </summary>
internal sealed class TrackNames
{
    /// <summary>The roles a step names by word; any other owner is named by its full name.</summary>
    public static readonly string[] StepRoles = ["coder", "reviewer", "verifier"];

    private const int Listed = 10;

    private readonly Dictionary<string, List<Track>> _byOwner = new(StringComparer.Ordinal);

    public TrackNames(IReadOnlyList<Track> tracks, TrackGraph graph, string listPath)
    {
        Tracks = tracks;
        Graph = graph;
        ListPath = listPath;
        var ownerRoles = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var track in tracks)
        {
            if (OwnerRoles.IsUnset(track.Owner))
            {
                continue;
            }
            var owner = track.Owner!.Unwrapped.Trim();
            if (OwnerKey(owner).Length == 0)
            {
                continue;
            }
            if (seen.Add(owner))
            {
                Owners.Add(owner);
            }
            // "coder-a (田中)" is named "coder-a" too.
            var aside = owner.IndexOfAny(['(', '（']);
            foreach (var key in new[] { OwnerKey(owner), aside > 0 ? OwnerKey(owner[..aside]) : "" }.Where(k => k.Length > 0).Distinct())
            {
                if (!_byOwner.TryGetValue(key, out var owned))
                {
                    _byOwner[key] = owned = [];
                }
                owned.Add(track);
            }
            ownerRoles.UnionWith(RolesOf(track));
        }
        // Longest first, so "reviewer / verifier" is found before an owner named "reviewer" inside it.
        OwnerKeys = _byOwner.Keys.OrderByDescending(k => k.Length).ToList();
        KnownRoles = ownerRoles;
    }

    public IReadOnlyList<Track> Tracks { get; }

    public TrackGraph Graph { get; }

    public string ListPath { get; }

    /// <summary>Each owner once, as the feature list first writes it.</summary>
    public List<string> Owners { get; } = [];

    /// <summary>The owners in the form <see cref="OwnerKey"/> gives them, longest first.</summary>
    public IReadOnlyList<string> OwnerKeys { get; }

    /// <summary>Every role some owner of the list has.</summary>
    public IReadOnlySet<string> KnownRoles { get; }

    public bool IsOwner(string key) => _byOwner.ContainsKey(key);

    public IReadOnlyList<Track> OwnedBy(string key) => _byOwner.TryGetValue(key, out var owned) ? owned : [];

    public static IReadOnlyList<string> RolesOf(Track track) => OwnerRoles.Of(track.Owner?.Text ?? "");

    /// <summary>What a step may name, for a message: "a track of the feature list (Track A, B, C) or its owner (coder-a, ...)".</summary>
    public string Expected()
    {
        var ids = Tracks.Count == 0 ? $"{ListPath} lists none" : "Track " + Capped(Tracks.Select(t => t.Id).Distinct(TrackIds.Comparer).ToList());
        var owners = Owners.Count == 0 ? "" : $" or its owner ({Capped(Owners)})";
        return $"name a track of the feature list ({ids}){owners}";
    }

    /// <summary>An owner compared as a step writes it: any case, blanks around '/' dropped, other blanks single.</summary>
    public static string OwnerKey(string owner)
    {
        var text = new StringBuilder(owner.Length);
        foreach (var part in owner.Split('/'))
        {
            if (text.Length > 0)
            {
                text.Append('/');
            }
            text.Append(Labels.CollapseWhitespace(part.Trim()));
        }
        return text.ToString().ToLowerInvariant();
    }

    private static string Capped(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(Listed)) + (names.Count > Listed ? $" and {names.Count - Listed} more" : "");
}
