using System.Text.RegularExpressions;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Config;

/// <summary>
/// harness.yml at the repo root: paths of the artifacts, the task id pattern, rule settings, files no track
/// needs to own, and the globs of implementation files. Every key has a default, so the file is optional.
/// </summary>
public sealed class HarnessConfig
{
    public const string FileName = "harness.yml";
    public const string DefaultIdPattern = "[A-Z][A-Z0-9]*-[0-9]+";

    public string FeatureListPath { get; init; } = "docs/harness/feature-list.md";

    public string RestartProtocolPath { get; init; } = "docs/harness/restart-protocol.md";

    public string PlaybookPath { get; init; } = "docs/harness/multi-agent-playbook.md";

    public string TasksPath { get; init; } = "tasks";

    public string EvidencePath { get; init; } = ".harness/evidence";

    public string TemplatesPath { get; init; } = ".harness/templates";

    /// <summary>The branch a track is compared with for drift (harness.yml `base:`); null: the upstream, else main.</summary>
    public string? BaseBranch { get; init; }

    /// <summary>The branch of a track's work tree (harness.yml `worktreeBranch:`), {task} and {track} filled in lower case.</summary>
    public string WorktreeBranch { get; init; } = DefaultWorktreeBranch;

    public const string DefaultWorktreeBranch = "{task}/{track}";

    /// <summary>The task id pattern, unanchored (it is also used to find ids in prose).</summary>
    public string IdPatternText { get; init; } = DefaultIdPattern;

    public Regex IdPattern { get; init; } = new(DefaultIdPattern, RegexOptions.CultureInvariant);

    /// <summary>Rule id (or name) to severity; null turns the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules: entries as written, with where, so lint can report a key that names no rule.</summary>
    public IReadOnlyList<RuleSetting> RuleSettings { get; init; } = [];

    /// <summary>Globs of files that no track needs to own (lock files, generated files).</summary>
    public IReadOnlyList<string> FreeFiles { get; init; } = [];

    /// <summary>Globs of implementation files, which reviewer and verifier tracks should not own.</summary>
    public IReadOnlyList<string> Implementation { get; init; } = ["src/**"];

    /// <summary>The team's own names for headings and field labels (headings:), such as 未解決の問い for Open Questions.</summary>
    public LabelMap Headings { get; init; } = LabelMap.None;

    /// <summary>
    /// The folder URL where the rule pages (HRNxxx.md) are published, ending in '/', for SARIF's helpUri; null when
    /// harness.yml names none (SARIF then carries each rule's help text itself and no helpUri).
    /// </summary>
    public Uri? HelpBaseUrl { get; init; }

    public static HarnessConfig Default { get; } = new();

    /// <summary>
    /// True when <paramref name="id"/> is a safe id (<see cref="TaskIdSafety"/>) that idPattern matches whole:
    /// anchored with \A and \z, since '$' would also match before a final newline.
    /// </summary>
    public bool IsValidId(string id) => TaskIdSafety.IsSafe(id) && AnchoredIdPattern.IsMatch(id);

    /// <summary>idPattern matching a whole id.</summary>
    public Regex AnchoredIdPattern => _anchored ??= new Regex($"\\A(?:{IdPatternText})\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private Regex? _anchored;

    /// <summary>The folder of the feature lists: the default one and the others (feature-list-ID.md) beside it.</summary>
    public string FeatureListFolder
    {
        get
        {
            var slash = FeatureListPath.LastIndexOf('/');
            return slash < 0 ? "" : FeatureListPath[..slash];
        }
    }

    public string FeatureListPathFor(string featureId) =>
        (FeatureListFolder.Length == 0 ? "" : FeatureListFolder + "/") + $"feature-list-{featureId}.md";
}
