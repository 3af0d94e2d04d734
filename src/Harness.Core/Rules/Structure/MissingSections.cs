using Harness.Core.Artifacts;

namespace Harness.Core.Rules.Structure;

/// <summary>The sections of a spec list an artifact lacks (its aliases count), as findings at the file's first line.</summary>
internal static class MissingSections
{
    public static IEnumerable<RuleFinding> Of(LintContext context, Func<ArtifactSchema, IReadOnlyList<SectionSpec>> specs, string why)
    {
        foreach (var artifact in context.Artifacts)
        {
            foreach (var spec in specs(artifact.Schema).Where(s => artifact.Section(s) is null))
            {
                yield return new RuleFinding(artifact.Start,
                    $"the {artifact.Kind.ToDisplayName()} has no '## {spec.Name}' section, which {why}; add it");
            }
        }
    }
}
