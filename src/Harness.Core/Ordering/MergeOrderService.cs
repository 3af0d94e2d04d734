using System.Text.RegularExpressions;
using Harness.Core.Artifacts;
using Harness.Core.Documents;
using Harness.Core.Ownership;
using Harness.Core.Text;
using Harness.Core.Workspaces;

namespace Harness.Core.Ordering;

/// <summary>
/// `harness order`: the plan's Merge Order phases (planner, coders, reviewer, verifier) combined with the
/// tracks' dependencies. A track merges in the first phase that names it ("Track A, then Track B" puts A
/// first); a track no phase names goes to the phase of its owner's role; a track never merges before a
/// track it depends on; tracks of one phase with no order between them merge side by side.
/// </summary>
public static partial class MergeOrderService
{
    public static MergeSequence Run(Workspace workspace, string taskId, string? checkTrack)
    {
        var task = workspace.GetTask(taskId);
        var tracks = task.FeatureList?.Tracks ?? [];
        var lines = task.Plan?.MergeOrder ?? [];
        workspace.ThrowIfInputErrors();
        var steps = Steps(tracks, lines);
        MergeCheck? check = null;
        if (checkTrack is not null)
        {
            var track = tracks.FirstOrDefault(t => TrackIds.Comparer.Equals(t.Id, TrackIds.Normalize(checkTrack)))
                ?? throw new HarnessInputException($"task {task.Id} has no track '{checkTrack}'; its tracks: {string.Join(", ", tracks.Select(t => t.Id))}");
            check = Check(track, steps, new TrackGraph(tracks));
        }
        return new MergeSequence(task.Id, steps, check);
    }

    public static IReadOnlyList<MergeStep> Steps(IReadOnlyList<Track> tracks, IReadOnlyList<TextValue> lines)
    {
        var graph = new TrackGraph(tracks);
        var layers = graph.Layers();
        // A track's key: (phase line, "then" part of it); raised to its dependencies' keys, in dependency order.
        var key = new Dictionary<string, (int Line, int Part)>(TrackIds.Comparer);
        var mentions = new List<List<Track>>();
        for (var line = 0; line < lines.Count; line++)
        {
            var mentioned = new List<Track>();
            var parts = ThenSeparator().Split(lines[line].Text);
            for (var part = 0; part < parts.Length; part++)
            {
                foreach (var mention in TrackIds.MentionsIn(lines[line] with { Text = parts[part] }))
                {
                    if (graph.Find(mention.Text) is { } track)
                    {
                        mentioned.Add(track);
                        key.TryAdd(track.Id, (line, part));
                    }
                }
            }
            mentions.Add(mentioned);
        }
        foreach (var track in tracks.Where(t => !key.ContainsKey(t.Id)))
        {
            key[track.Id] = (RoleLine(track, lines), 0);
        }
        foreach (var track in layers.SelectMany(l => l))
        {
            foreach (var dependency in graph.DependenciesOf(track))
            {
                if (Compare(key[dependency.Id], key[track.Id]) > 0)
                {
                    key[track.Id] = key[dependency.Id];
                }
            }
        }
        // Within a phase, a track merges after its "then" predecessors and one step after its dependencies there.
        var level = new Dictionary<string, int>(TrackIds.Comparer);
        foreach (var track in layers.SelectMany(l => l))
        {
            level[track.Id] = graph.DependenciesOf(track)
                .Where(d => key[d.Id].Line == key[track.Id].Line && level.ContainsKey(d.Id))
                .Select(d => level[d.Id] + 1)
                .Append(key[track.Id].Part)
                .Max();
        }
        var steps = new List<MergeStep>();
        for (var line = -1; line < Math.Max(lines.Count, 1); line++)
        {
            var here = tracks.Where(t => key[t.Id].Line == line).ToList();
            var phase = line >= 0 && line < lines.Count ? Phase(lines[line].Text) : "tracks";
            var text = line >= 0 && line < lines.Count ? lines[line].Text : "";
            if (here.Count == 0)
            {
                if (line >= 0 && line < lines.Count)
                {
                    steps.Add(new MergeStep(steps.Count + 1, phase, text, mentions[line]));
                }
                continue;
            }
            foreach (var group in here.GroupBy(t => level[t.Id]).OrderBy(g => g.Key))
            {
                steps.Add(new MergeStep(steps.Count + 1, phase, text, group.ToList()));
            }
        }
        return steps;
    }

    private static MergeCheck Check(Track track, IReadOnlyList<MergeStep> steps, TrackGraph graph)
    {
        var first = steps.FirstOrDefault(s => s.Tracks.Contains(track))?.Number ?? int.MaxValue;
        var before = steps.Where(s => s.Number < first).SelectMany(s => s.Tracks)
            .Concat(graph.AllDependenciesOf(track))
            .Where(t => !ReferenceEquals(t, track))
            .Distinct()
            .ToList();
        return new MergeCheck(track, before, before.Where(t => !t.StatusKind.IsFinished()).ToList());
    }

    /// <summary>The Merge Order line of a track's role (reviewer, verifier, else coders); -1 before every line.</summary>
    private static int RoleLine(Track track, IReadOnlyList<TextValue> lines)
    {
        var roles = OwnerRoles.Of(track.Owner?.Text ?? "");
        var wanted = roles.Count > 0 && roles.All(r => r is "reviewer" or "verifier") ? roles[0] : "coder";
        for (var i = 0; i < lines.Count; i++)
        {
            if (Phase(lines[i].Text).StartsWith(wanted, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return lines.Count > 0 ? -1 : 0;
    }

    /// <summary>The phase a Merge Order line names: the words before its first ':' ("coders"), else its first word.</summary>
    public static string Phase(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var head = colon > 0 ? line[..colon] : line.Split(' ', 2)[0];
        return Labels.Normalize(head);
    }

    private static int Compare((int Line, int Part) a, (int Line, int Part) b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Part.CompareTo(b.Part);

    [GeneratedRegex(@"\bthen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThenSeparator();
}
