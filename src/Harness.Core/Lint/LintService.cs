using Harness.Core.Lint.Rules.Ownership;
using Harness.Core.Lint.Rules.Progress;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.CommandLine;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Workspaces;

namespace Harness.Core.Lint;

/// <summary>
/// `harness lint`: reads the workspace once (every artifact parsed once, in parallel), runs every rule over the
/// parsed models, and applies harness.yml's rule settings. A repo with no artifacts is an input error, never a pass.
/// </summary>
public static class LintService
{
    public static LintReport Run(Workspace workspace)
    {
        if (!workspace.HasArtifacts)
        {
            throw new HarnessInputException(
                $"no harness artifacts found in {workspace.Root} (no {workspace.Config.FeatureListPath}, no task in {workspace.Config.TasksPath}/); " +
                $"run {CommandWords.Init}, or point {CommandWords.Repo} at the repo that has them");
        }
        var context = Read(workspace);
        var findings = new List<Diagnostic>();
        foreach (var rule in RuleCatalog.All)
        {
            var configured = ConfiguredSeverity(workspace, rule, out var isSet);
            if (isSet && configured is null)
            {
                continue;
            }
            foreach (var finding in rule.Check(context))
            {
                var severity = configured ?? finding.Severity ?? rule.DefaultSeverity;
                findings.Add(new Diagnostic(rule.Id, severity, finding.Location, finding.Message));
            }
        }
        if (context.InputErrors.Count > 0)
        {
            throw new HarnessInputException(string.Join('\n', context.InputErrors.Select(e => e.ToString())));
        }
        var ordered = findings
            .OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var files = context.Artifacts.Count + (workspace.ConfigPath is null ? 0 : 1);
        return new LintReport(ordered, files, workspace.Git?.Prefix ?? "", workspace.Config.HelpBaseUrl);
    }

    /// <summary>The severity harness.yml gives a rule, by id or name (the last setting wins); isSet false when none.</summary>
    private static Severity? ConfiguredSeverity(Workspace workspace, IRule rule, out bool isSet)
    {
        isSet = false;
        Severity? severity = null;
        foreach (var setting in workspace.Config.RuleSettings)
        {
            if (RuleCatalog.Names(setting.Key, rule))
            {
                isSet = true;
                severity = setting.Severity;
            }
        }
        return severity;
    }

    private static bool IsOff(Workspace workspace, IRule rule) => ConfiguredSeverity(workspace, rule, out var isSet) is null && isSet;

    private static LintContext Read(Workspace workspace)
    {
        // The feature lists first (the tasks they name are among the tasks to read), so that the rules' git
        // questions can start before the tasks' artifacts are read, and run beside that reading.
        LargeModelCompaction.After(workspace.FeatureLists.Sum(f => f.Tracks.Count));
        var featureLists = workspace.FeatureLists.Select(f => new LintedFeatureList(f)).ToList();
        var gitQueries = LintGitQueries.Start(workspace, featureLists,
            repoFiles: !IsOff(workspace, RuleCatalog.All.OfType<OwnedGlobUnmatchedRule>().Single()) && OwnedGlobUnmatchedRule.Globs(featureLists).Count > 0,
            noteLogs: !IsOff(workspace, RuleCatalog.All.OfType<StaleProgressNoteRule>().Single()));
        workspace.LoadAll();
        var artifacts = new List<Artifact>(featureLists.Select(f => f.List));
        var tasks = new List<LintedTask>();
        foreach (var id in workspace.TaskIds)
        {
            var task = workspace.TaskHandle(id);
            var list = task.FeatureList is { } own ? featureLists.FirstOrDefault(f => ReferenceEquals(f.List, own)) : null;
            var handoffs = task.HandoffPaths.Select(task.ReadHandoff).OfType<HandoffDocument>().ToList();
            var linted = new LintedTask(id, task.Plan, task.Brief, task.Note, list, handoffs);
            tasks.Add(linted);
            artifacts.AddRange(new Artifact?[] { linted.Plan, linted.Brief, linted.Note }.OfType<Artifact>());
            artifacts.AddRange(handoffs);
        }
        artifacts.AddRange(new Artifact?[] { workspace.RestartProtocol, workspace.Playbook }.OfType<Artifact>());
        workspace.ThrowIfInputErrors();
        LargeModelCompaction.After(artifacts.Count);
        return new LintContext(workspace, featureLists, tasks, artifacts) { GitQueries = gitQueries };
    }
}
