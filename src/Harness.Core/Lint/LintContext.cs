using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Config;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Evidence;
using Harness.Core.Model.Schedule;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Lint;

/// <summary>Everything a rule may look at: every artifact of the repo, each parsed once, and its tasks.</summary>
public sealed class LintContext
{
    public LintContext(Workspace workspace, IReadOnlyList<LintedFeatureList> featureLists, IReadOnlyList<LintedTask> tasks,
        IReadOnlyList<Artifact> artifacts)
    {
        Workspace = workspace;
        FeatureLists = featureLists;
        Tasks = tasks;
        Artifacts = artifacts;
        Evidence = new EvidenceStore(workspace.Root, workspace.Config.EvidencePath, workspace.Folders);
    }

    public Workspace Workspace { get; }

    public HarnessConfig Config => Workspace.Config;

    public IReadOnlyList<LintedFeatureList> FeatureLists { get; }

    public IReadOnlyList<LintedTask> Tasks { get; }

    /// <summary>Every artifact read, each once: feature lists, plans, briefs, notes, handoffs, protocol, playbook.</summary>
    public IReadOnlyList<Artifact> Artifacts { get; }

    public EvidenceStore Evidence { get; }

    /// <summary>Every task with the tracks of its feature list, as sub-tasks name them; built once, on first use.</summary>
    public SubTaskGraph SubTasks => _subTasks ??= SubTaskGraph.Of(Workspace);

    private SubTaskGraph? _subTasks;

    /// <summary>The git questions of the rules, started before the rules run (see <see cref="LintGitQueries"/>).</summary>
    public LintGitQueries GitQueries { get; init; } = LintGitQueries.None;

    /// <summary>Every track of every feature list, with its list.</summary>
    public IEnumerable<(LintedFeatureList List, Track Track)> AllTracks =>
        FeatureLists.SelectMany(l => l.List.Tracks.Select(t => (l, t)));

    /// <summary>Files that could not be read while a rule ran (evidence records); they stop lint with exit 2.</summary>
    public List<InputError> InputErrors { get; } = [];
}
