using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Ownership;
using Harness.Core.Model.Text;
using Harness.Core.Model.Workspaces;
using Harness.Core.Model.Worktrees;

namespace Harness.Core.Agents;

/// <summary>
/// The conflicts between agents at work that can be seen before their branches merge, each naming both sides and the
/// file: two agents changed one file (AGT001), an agent changed a file another track of any task owns (AGT002), two
/// in-progress tracks of different tasks own one file (HRN028), the base moved under an agent's owned files (AGT003).
/// Ownership is read from this checkout's feature lists; a finding sits on the owning track's Owned Files line, or on
/// the file itself (line 1) when no track owns it.
/// </summary>
internal static class AgentConflicts
{
    public static IReadOnlyList<Diagnostic> Find(Workspace workspace, IReadOnlyList<AgentView> agents, string baseName)
    {
        var owners = new Owners(workspace);
        var findings = new List<Diagnostic>();
        SameFile(agents, owners, findings);
        ForeignFiles(agents, owners, findings);
        foreach (var pair in CrossTaskOverlap.Find(owners.Tasks))
        {
            findings.Add(new Diagnostic(RuleIds.CrossTaskOwnershipOverlap, Severity.Error, pair.Second.Value.Location,
                $"Track {pair.Second.Track.Id} of {pair.SecondTask} and Track {pair.First.Track.Id} of {pair.FirstTask} ({pair.First.Value.Location}) are both in progress " +
                $"and both own {pair.Example} ('{pair.Second.Value.Unwrapped}', '{pair.First.Value.Unwrapped}'); give the file to one task, or finish one track first"));
        }
        BaseMoved(agents, owners, baseName, findings);
        return findings.OrderBy(f => f.Location.File, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal).ToList();
    }

    private static void SameFile(IReadOnlyList<AgentView> agents, Owners owners, List<Diagnostic> findings)
    {
        var byFile = new Dictionary<string, List<AgentView>>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            foreach (var file in agent.Changed)
            {
                if (!byFile.TryGetValue(file, out var list))
                {
                    byFile[file] = list = [];
                }
                list.Add(agent);
            }
        }
        foreach (var (file, list) in byFile.Where(f => f.Value.Count > 1))
        {
            var first = list[0];
            foreach (var other in list.Skip(1))
            {
                findings.Add(new Diagnostic(RuleIds.SameFileChanged, Severity.Error, owners.LocationOf(file),
                    $"{first.Label} and {other.Label} both changed {file}; their merges will meet there: let one track own it, or merge one first and rebase the other"));
            }
        }
    }

    private static void ForeignFiles(IReadOnlyList<AgentView> agents, Owners owners, List<Diagnostic> findings)
    {
        foreach (var agent in agents.Where(a => a.TaskId is not null && a.Track is not null))
        {
            foreach (var file in agent.Changed)
            {
                var owning = owners.Of(file);
                if (owning.Count == 0 || owning.Any(o => o.Task == agent.TaskId && TrackIds.Comparer.Equals(TrackIds.Normalize(o.Entry.Track.Id), TrackIds.Normalize(agent.Track!))) || owners.IsShared(agent.TaskId!, file))
                {
                    continue;
                }
                foreach (var (task, entry) in owning)
                {
                    findings.Add(new Diagnostic(RuleIds.ForeignOwnedFileChanged, Severity.Error, entry.Value.Location,
                        $"{agent.Label} changed {file}, which Track {entry.Track.Id} of {task} owns ('{entry.Value.Unwrapped}'); " +
                        $"hand the change to that track, or move the file into Track {agent.Track}'s Owned Files"));
                }
            }
        }
    }

    private static void BaseMoved(IReadOnlyList<AgentView> agents, Owners owners, string baseName, List<Diagnostic> findings)
    {
        foreach (var agent in agents.Where(a => a.TaskId is not null && a.Track is not null && a.BaseMoved.Count > 0))
        {
            foreach (var file in agent.BaseMoved)
            {
                foreach (var (_, entry) in owners.Of(file).Where(o => o.Task == agent.TaskId && TrackIds.Comparer.Equals(TrackIds.Normalize(o.Entry.Track.Id), TrackIds.Normalize(agent.Track!))))
                {
                    findings.Add(new Diagnostic(RuleIds.BaseMovedUnderOwned, Severity.Error, entry.Value.Location,
                        $"{baseName} changed {file} since {agent.Label} left it ({agent.Behind} commit(s) behind), and Track {agent.Track} of {agent.TaskId} owns it " +
                        $"('{entry.Value.Unwrapped}'); merge or rebase {baseName} into {agent.Branch ?? agent.Where} before going on"));
                }
            }
        }
    }

    /// <summary>Every owned entry of every task's feature list in one index, to find a file's owners across tasks.</summary>
    private sealed class Owners
    {
        private readonly GlobIndex<(string Task, OwnedEntry Entry)> _index = new();
        private readonly Dictionary<string, List<GlobPattern>> _shared = new(StringComparer.Ordinal);

        public Owners(Workspace workspace)
        {
            var tasks = new List<TaskTracks>();
            foreach (var id in workspace.TaskIds)
            {
                if (workspace.FindTask(id)?.FeatureList is not { } list)
                {
                    continue;
                }
                tasks.Add(new TaskTracks(id, list.Tracks));
                _shared[id] = list.SharedFiles.SelectMany(s => s.Files).Select(f => new GlobPattern(f.Unwrapped)).ToList();
                foreach (var track in list.Tracks)
                {
                    foreach (var value in track.OwnedFiles.Where(v => !RepoPaths.Escapes(v.Unwrapped)))
                    {
                        _index.Add(value.Unwrapped, (id, new OwnedEntry(track, value, new GlobPattern(value.Unwrapped))));
                    }
                }
            }
            Tasks = tasks;
        }

        public IReadOnlyList<TaskTracks> Tasks { get; }

        public List<(string Task, OwnedEntry Entry)> Of(string file) => _index.Match(file).Select(m => m.Value).ToList();

        public bool IsShared(string task, string file) => _shared.TryGetValue(task, out var globs) && globs.Any(g => g.Matches(file) || g.LiteralPrefix == file);

        /// <summary>The first owning track's Owned Files line, else the file itself.</summary>
        public SourceLocation LocationOf(string file) => Of(file).Select(o => o.Entry.Value.Location).FirstOrDefault(SourceLocation.StartOf(file));
    }
}
