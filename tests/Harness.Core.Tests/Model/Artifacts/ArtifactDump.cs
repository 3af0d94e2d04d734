using System.Text;
using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Tests.Model.Artifacts;

/// <summary>
/// A plain-text dump of an artifact's model, every value with its 1-based line:column, for golden files:
/// what the reader understood of a file, in a form a reviewer can read and diff.
/// </summary>
internal static class ArtifactDump
{
    public static string Of(Artifact artifact)
    {
        var text = new StringBuilder();
        text.AppendLine($"kind: {artifact.Kind.ToDisplayName()}");
        text.AppendLine($"path: {artifact.Path}");
        foreach (var diagnostic in artifact.Diagnostics)
        {
            text.AppendLine($"diagnostic: {diagnostic.RuleId} {diagnostic.Severity} {At(diagnostic.Location)} {diagnostic.Message}");
        }
        if (artifact.Document.FrontMatter is { } frontMatter)
        {
            foreach (var entry in frontMatter.Entries)
            {
                text.AppendLine($"front matter: {entry.Key.Name} = {entry.Value.Scalar ?? entry.Value.Describe()} {At(entry.Value.Location)}");
            }
        }
        foreach (var section in artifact.Document.AllSections())
        {
            text.AppendLine($"section: {new string('#', section.Level)} {section.Title} {At(section.Location)}");
        }
        foreach (var spec in artifact.Schema.Required)
        {
            text.AppendLine($"required {spec.Name}: {(artifact.Section(spec) is { } s ? At(s.Location) : "MISSING")}");
        }
        switch (artifact)
        {
            case FeatureList list:
                DumpFeatureList(list, text);
                break;
            case Plan plan:
                DumpPlan(plan, text);
                break;
            case TaskBrief brief:
                Values(text, "open question", brief.OpenQuestions);
                text.AppendLine($"verification command: {Value(brief.VerificationCommand)}");
                break;
            case ProgressNote note:
                DumpNote(note, text);
                break;
            case RestartProtocol protocol:
                Values(text, "restart step", protocol.RestartSteps);
                Values(text, "stop condition", protocol.StopConditions);
                break;
            case Playbook playbook:
                Values(text, "role", playbook.Roles);
                Values(text, "merge phase", playbook.MergeOrder);
                Values(text, "exit state", playbook.ExitStates);
                break;
            case HandoffDocument handoff:
                text.AppendLine($"track: {Value(handoff.Track)}");
                text.AppendLine($"to: {Value(handoff.To)}");
                break;
        }
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static void DumpFeatureList(FeatureList list, StringBuilder text)
    {
        text.AppendLine($"feature: {Value(list.Feature)}");
        foreach (var track in list.Tracks)
        {
            text.AppendLine($"track {track.Id}: \"{track.Title}\" {At(track.Location)}");
            text.AppendLine($"  status: {Value(track.Status)} ({track.StatusKind})");
            text.AppendLine($"  owner: {Value(track.Owner)} roles: {string.Join(", ", track.Owner is null ? [] : OwnerRoles.Of(track.Owner.Text))}");
            Values(text, "  owned", track.OwnedFiles);
            text.AppendLine($"  verify command: {Value(track.VerifyCommand)}");
            Values(text, "  dependency", track.Dependencies);
            foreach (var field in track.Fields)
            {
                text.AppendLine($"  field {field.Label.Text} {At(field.Label.Location)}: {field.Values.Count} value(s)");
            }
            foreach (var repeated in track.RepeatedFields)
            {
                text.AppendLine($"  given again: {repeated.Again.Label.Text} {Value(repeated.Again.First)} (first {Value(repeated.First.First)})");
            }
        }
        foreach (var entry in list.SharedFiles)
        {
            text.AppendLine($"shared: {string.Join(", ", entry.Files.Select(Value))} first: {Value(entry.FirstTrack)} sync window: {entry.IsSyncWindow}");
        }
        Values(text, "stop condition", list.StopConditions);
    }

    private static void DumpPlan(Plan plan, StringBuilder text)
    {
        foreach (var workstream in plan.Workstreams)
        {
            text.AppendLine($"workstream {workstream.Id} {At(workstream.Track.Location)} owner: {Value(workstream.Owner)}");
            Values(text, "  owned", workstream.OwnedFiles);
        }
        Values(text, "merge phase", plan.MergeOrder);
        Values(text, "approval gate", plan.ApprovalGates);
        foreach (var entry in plan.SharedFiles)
        {
            text.AppendLine($"shared: {string.Join(", ", entry.Files.Select(Value))} first: {Value(entry.FirstTrack)}");
        }
    }

    private static void DumpNote(ProgressNote note, StringBuilder text)
    {
        text.AppendLine($"status: {Value(note.Status)}");
        text.AppendLine($"track: {Value(note.Track)}");
        foreach (var line in note.LastVerify)
        {
            text.AppendLine($"last verify: command={line.Command ?? "(none)"} result={line.Result ?? "(none)"} outcome={line.SaysPassed switch { true => "Pass", false => "Fail", null => "Unknown" }} {At(line.Line.Location)}");
        }
        Values(text, "open question", note.OpenQuestions);
        Values(text, "next step", note.NextStep);
    }

    private static void Values(StringBuilder text, string label, IEnumerable<TextValue> values)
    {
        foreach (var value in values)
        {
            text.AppendLine($"{label}: {Value(value)}");
        }
    }

    private static string Value(TextValue? value) => value is null ? "(none)" : $"{value.Text} {At(value.Location)}";

    private static string At(SourceLocation location) => $"@{location.Line}:{location.Column}";
}
