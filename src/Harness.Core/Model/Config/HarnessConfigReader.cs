using System.Text.RegularExpressions;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Findings;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Config;

/// <summary>Reads harness.yml into <see cref="HarnessConfig"/>; a bad value is a finding and keeps its default.</summary>
public static class HarnessConfigReader
{
    private static readonly string[] TopKeys = ["version", "idPattern", "paths", "rules", "free", "implementation", "headings", "helpBaseUrl", "base", "worktreeBranch"];
    private static readonly string[] PathKeys = ["featureList", "restartProtocol", "playbook", "tasks", "evidence", "templates"];

    public static HarnessConfig Read(SourceText source, List<Diagnostic> diagnostics)
    {
        var map = YamlReader.ReadMapping(source.Text, source.Path, lineOffset: 0, diagnostics, RuleIds.ConfigMalformed);
        if (map is null)
        {
            return HarnessConfig.Default;
        }
        var defaults = HarnessConfig.Default;
        foreach (var entry in map.Entries)
        {
            if (!TopKeys.Contains(entry.Key.Name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(Unknown(entry.Key, TopKeys));
            }
        }

        var paths = map.Get("paths")?.Map ?? new YamlMap();
        foreach (var entry in paths.Entries)
        {
            if (!PathKeys.Contains(entry.Key.Name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(Unknown(entry.Key, PathKeys));
            }
        }

        var idPattern = ReadIdPattern(map.Get("idPattern"), diagnostics);
        var settings = ReadRules(map.Get("rules"), diagnostics);
        return new HarnessConfig
        {
            FeatureListPath = PathValue(paths.Get("featureList"), defaults.FeatureListPath, diagnostics),
            RestartProtocolPath = PathValue(paths.Get("restartProtocol"), defaults.RestartProtocolPath, diagnostics),
            PlaybookPath = PathValue(paths.Get("playbook"), defaults.PlaybookPath, diagnostics),
            TasksPath = PathValue(paths.Get("tasks"), defaults.TasksPath, diagnostics),
            EvidencePath = PathValue(paths.Get("evidence"), defaults.EvidencePath, diagnostics),
            TemplatesPath = PathValue(paths.Get("templates"), defaults.TemplatesPath, diagnostics),
            IdPatternText = idPattern ?? HarnessConfig.DefaultIdPattern,
            IdPattern = new Regex(idPattern ?? HarnessConfig.DefaultIdPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            Rules = settings.GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last().Severity, StringComparer.OrdinalIgnoreCase),
            RuleSettings = settings,
            FreeFiles = Globs(map.Get("free"), [], diagnostics),
            Implementation = Globs(map.Get("implementation"), defaults.Implementation, diagnostics),
            Headings = ReadHeadings(map.Get("headings"), diagnostics),
            HelpBaseUrl = ReadHelpBaseUrl(map.Get("helpBaseUrl"), diagnostics),
            BaseBranch = ReadBase(map.Get("base"), diagnostics),
            WorktreeBranch = ReadWorktreeBranch(map.Get("worktreeBranch"), diagnostics),
        };
    }

    /// <summary>
    /// Where the team publishes the rule pages (docs/rules/HRNxxx.md), for SARIF's helpUri. SARIF and GitHub code
    /// scanning accept only an absolute URI there, so anything but an absolute http(s) URL is refused here.
    /// </summary>
    private static Uri? ReadHelpBaseUrl(YamlValue? value, List<Diagnostic> diagnostics)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Scalar is { Length: > 0 } text
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0)
        {
            return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }
        diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, value.Location,
            $"helpBaseUrl must be an absolute http or https URL of the folder that holds the rule pages, such as " +
            $"https://github.com/acme/shop/blob/main/docs/harness-rules/, not {(value.Scalar is null ? value.Describe() : $"'{value.Scalar}'")}; SARIF then carries no helpUri"));
        return null;
    }

    private static Diagnostic Unknown(YamlKey key, string[] known) =>
        new(RuleIds.UnknownKey, Severity.Warning, key.Location,
            $"unknown key '{key.Name}' in harness.yml; known keys here: {string.Join(", ", known)}");

    /// <summary>The base branch restart compares a track with (`base: main`); null when unset or not a text.</summary>
    private static string? ReadBase(YamlValue? value, List<Diagnostic> diagnostics)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Scalar is { Length: > 0 } name)
        {
            return name.Trim();
        }
        diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, value.Location,
            $"base in harness.yml must name a branch (such as main), not {value.Describe()}; restart uses the upstream of the branch, else main"));
        return null;
    }

    /// <summary>The branch name pattern of `harness worktree add` (`{task}/{track}`); the default when unset or unusable.</summary>
    private static string ReadWorktreeBranch(YamlValue? value, List<Diagnostic> diagnostics)
    {
        if (value is null)
        {
            return HarnessConfig.DefaultWorktreeBranch;
        }
        if (value.Scalar is { Length: > 0 } pattern && pattern.Contains("{task}", StringComparison.Ordinal) && pattern.Contains("{track}", StringComparison.Ordinal))
        {
            return pattern.Trim();
        }
        diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, value.Location,
            $"worktreeBranch in harness.yml must be a branch name holding {{task}} and {{track}} (such as \"{HarnessConfig.DefaultWorktreeBranch}\"), not " +
            $"{(value.Scalar is null ? value.Describe() : $"'{value.Scalar}'")}; harness uses {HarnessConfig.DefaultWorktreeBranch}"));
        return HarnessConfig.DefaultWorktreeBranch;
    }

    private static string PathValue(YamlValue? value, string fallback, List<Diagnostic> diagnostics)
    {
        if (value is null)
        {
            return fallback;
        }
        if (value.Scalar is not { Length: > 0 } path)
        {
            diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, value.Location,
                $"a path in harness.yml must be a text, not {value.Describe()}; using the default {fallback}"));
            return fallback;
        }
        if (RepoPaths.Escapes(path))
        {
            diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, value.Location,
                $"path '{path}' leaves the repo (absolute or with ..); harness reads only inside the repo, so it uses {fallback}"));
            return fallback;
        }
        return RepoPaths.Normalize(path).TrimEnd('/');
    }

    private static string? ReadIdPattern(YamlValue? value, List<Diagnostic> diagnostics)
    {
        if (value?.Scalar is not { Length: > 0 } text)
        {
            return null;
        }
        var pattern = text.TrimStart('^').TrimEnd('$');
        try
        {
            var anchored = new Regex($"\\A(?:{pattern})\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (TaskIdSafety.UnsafeMatch(anchored) is { } unsafeId)
            {
                diagnostics.Add(new Diagnostic(RuleIds.IdPatternUnsafe, Severity.Warning, value.Location,
                    $"idPattern '{pattern}' accepts ids such as '{unsafeId.Replace("\n", "\\n", StringComparison.Ordinal)}'; harness refuses any id that is not one name of letters, " +
                    $"digits, '.', '_' and '-' whatever the pattern says, so narrow it (for example {HarnessConfig.DefaultIdPattern})"));
            }
            return pattern;
        }
        catch (ArgumentException e)
        {
            diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, value.Location,
                $"idPattern is no valid regular expression ({e.Message}); using {HarnessConfig.DefaultIdPattern}"));
            return null;
        }
    }

    private static List<RuleSetting> ReadRules(YamlValue? value, List<Diagnostic> diagnostics)
    {
        var rules = new List<RuleSetting>();
        if (value?.Map is null)
        {
            return rules;
        }
        foreach (var entry in value.Map.Entries)
        {
            var setting = entry.Value.Scalar?.Trim().ToLowerInvariant();
            if (setting is "off" or "false" or "none" or "disabled")
            {
                rules.Add(new RuleSetting(entry.Key.Name, null, entry.Key.Location));
            }
            else if (SeverityNames.TryParse(setting, out var severity))
            {
                rules.Add(new RuleSetting(entry.Key.Name, severity, entry.Key.Location));
            }
            else
            {
                diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, entry.Value.Location,
                    $"rule setting '{entry.Value.Scalar}' for {entry.Key.Name} is none of off, info, warning, error"));
            }
        }
        return rules;
    }

    /// <summary>
    /// headings: a mapping from a heading or field label as a team writes it to the English name harness reads
    /// (`未解決の問い: Open Questions`); an entry that maps to no text is an error and is left out.
    /// </summary>
    private static LabelMap ReadHeadings(YamlValue? value, List<Diagnostic> diagnostics)
    {
        if (value is null)
        {
            return LabelMap.None;
        }
        if (value.Map is null)
        {
            diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, value.Location,
                $"headings: must be a mapping from a heading or label as written to the English one, such as '未解決の問い: Open Questions', not {value.Describe()}"));
            return LabelMap.None;
        }
        var aliases = new List<KeyValuePair<string, string>>();
        foreach (var entry in value.Map.Entries)
        {
            if (entry.Value.Scalar is { } name && name.Trim().Length > 0 && Labels.Key(entry.Key.Name).Length > 0)
            {
                aliases.Add(new(entry.Key.Name, name));
                continue;
            }
            diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, entry.Value.Location,
                $"headings: '{entry.Key.Name}' must map to the English heading or label it stands for, such as 'Open Questions' or 'Owner'; the entry is ignored"));
        }
        return new LabelMap(aliases);
    }

    private static IReadOnlyList<string> Globs(YamlValue? value, IReadOnlyList<string> fallback, List<Diagnostic> diagnostics)
    {
        if (value is null)
        {
            return fallback;
        }
        var globs = new List<string>();
        foreach (var item in value.AsList())
        {
            if (item.Scalar is not { Length: > 0 } glob)
            {
                continue;
            }
            if (RepoPaths.Escapes(glob))
            {
                diagnostics.Add(new Diagnostic(RuleIds.ConfigMalformed, Severity.Error, item.Location,
                    $"glob '{glob}' leaves the repo (absolute or with ..); it is ignored"));
                continue;
            }
            globs.Add(RepoPaths.Normalize(glob));
        }
        return globs;
    }
}
