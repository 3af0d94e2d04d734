using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Schedule;

namespace Harness.Core.Model.State;

/// <summary>
/// Quotes each input of the packet from its primary artifact, in the order an agent reads them; an input
/// that is missing is kept as such, with the edit that fixes it.
/// </summary>
public static class PacketInputs
{
    /// <summary>Above this many tracks the planner's prompt quotes no track in full; a track's prompt never quotes the others in full.</summary>
    public const int CompactAbove = 20;

    // Said once, in the packet's own lists (verify results, open questions, approval gates), never quoted twice.
    private static readonly string[] ListedElsewhere = ["Last Verify", "Open Questions", "Approval Gates"];

    public static IReadOnlyList<PacketInput> Collect(TaskState sources)
    {
        var inputs = new List<PacketInput>();
        if (sources.SingleAgent)
        {
            inputs.AddRange(AllSections("Brief", sources.Brief!, ["Goal", "Verification"]));
        }
        else
        {
            AddPlan(sources, inputs);
            AddFeatureList(sources, inputs);
            AddMergeOrder(sources, inputs);
        }
        if (sources.Note is null)
        {
            inputs.Add(PacketInput.Absent("Progress Note", sources.Task.NotePath, Fixes.WriteNote(sources.Task.NotePath)));
        }
        else
        {
            inputs.AddRange(AllSections("Progress Note", sources.Note, ["Status", "Current Goal", "Next Step"]));
        }
        return inputs;
    }

    private static void AddPlan(TaskState sources, List<PacketInput> inputs)
    {
        var path = sources.Task.PlanPath;
        if (sources.Plan is null)
        {
            // Not `harness new`: it refuses a task that exists already, and this one has a note or a feature list.
            inputs.Add(PacketInput.Absent("Plan", path, $"write {path} with the sections Goal, Scope, Workstreams and Merge Order"));
            return;
        }
        foreach (var (name, required) in (ReadOnlySpan<(string, bool)>)[("Goal", true), ("Scope", true), ("Non-goals", false)])
        {
            AddSection(inputs, $"Plan: {name}", sources.Plan, name, required);
        }
    }

    private static void AddFeatureList(TaskState sources, List<PacketInput> inputs)
    {
        if (sources.FeatureList is null)
        {
            inputs.Add(PacketInput.Absent("Feature list", sources.FeatureListPath,
                $"write {sources.FeatureListPath} with 'feature: {sources.Task.Id}' in its front matter and a Tracks section"));
            return;
        }
        var compact = sources.Track is not null || sources.Tracks.Count > CompactAbove;
        foreach (var track in sources.Tracks)
        {
            if (!compact || ReferenceEquals(track, sources.Track))
            {
                inputs.Add(new PacketInput($"Track {track.Id}", track.Location.File, track.Location.Line, track.Markdown, null));
            }
        }
        if (sources.FeatureList.Section("Shared File Rule") is { } shared)
        {
            inputs.Add(PacketInput.Quote("Shared File Rule", shared));
        }
    }

    private static void AddMergeOrder(TaskState sources, List<PacketInput> inputs)
    {
        // The section `harness order` reads, so the prompt quotes the order the tools apply.
        var section = MergeOrder.SectionOf(sources.Plan, sources.Playbook);
        if (section is not null && !section.IsEmpty)
        {
            inputs.Add(PacketInput.Quote("Merge Order", section));
        }
        else if (sources.Plan is not null)
        {
            inputs.Add(PacketInput.Absent("Merge Order", sources.Plan.Path, Fixes.AddSection(sources.Plan.Path, "Merge Order")));
        }
    }

    private static IEnumerable<PacketInput> AllSections(string prefix, Artifact artifact, IReadOnlyList<string> required)
    {
        var sections = artifact.Document.AllSections().Where(s => s.Level == 2).ToList();
        foreach (var section in sections.Where(s => !ListedElsewhere.Any(s.IsNamed)))
        {
            yield return section.IsEmpty && required.Any(section.IsNamed)
                ? PacketInput.Absent($"{prefix}: {section.Title}", artifact.Path, Fixes.FillSection(artifact.Path, section.Title))
                : PacketInput.Quote($"{prefix}: {section.Title}", section);
        }
        foreach (var name in required.Where(n => !sections.Any(s => s.IsNamed(n))))
        {
            yield return PacketInput.Absent($"{prefix}: {name}", artifact.Path, Fixes.AddSection(artifact.Path, name));
        }
    }

    private static void AddSection(List<PacketInput> inputs, string name, Artifact artifact, string section, bool required)
    {
        var found = artifact.Section(section);
        if (found is not null && !found.IsEmpty)
        {
            inputs.Add(PacketInput.Quote(name, found));
        }
        else if (required)
        {
            inputs.Add(PacketInput.Absent(name, artifact.Path,
                found is null ? Fixes.AddSection(artifact.Path, section) : Fixes.FillSection(artifact.Path, section)));
        }
    }
}

/// <summary>The edits that fix a missing input, worded once.</summary>
internal static class Fixes
{
    public static string AddSection(string path, string name) => $"add a '## {name}' section to {path}";

    public static string FillSection(string path, string name) => $"write the '{name}' section of {path} (it is empty)";

    public static string WriteNote(string path) =>
        $"write {path} with Status, Current Goal, Completed, Decided, Open Questions, Last Verify, Changed Files, Resume Steps and Next Step";
}
