using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Schedule;

/// <summary>A track a step names by its id or its owner, and its rank in the step (0 first; equal ranks are side by side).</summary>
internal sealed record NamedTrack(Track Track, int Rank);

/// <summary>A role a step names by word ("coders", "reviewer"), and its rank in the step.</summary>
internal sealed record NamedRole(string Role, int Rank);

/// <summary>Something a step names that matches nothing of the feature list, and where.</summary>
internal sealed record StepProblem(SourceLocation Location, string Message);

/// <summary>One Merge Order step as <see cref="MergeOrderReader"/> read it.</summary>
internal sealed class StepReading
{
    public StepReading(TextValue line, bool planner, string phase)
    {
        Line = line;
        Planner = planner;
        Phase = phase;
    }

    public TextValue Line { get; }

    /// <summary>The planner's step: it fixes the plan and merges no track, whatever it mentions.</summary>
    public bool Planner { get; }

    /// <summary>What the step is called in the sequence: "planner", "coders", "reviewer", "integrate".</summary>
    public string Phase { get; }

    public List<NamedTrack> Tracks { get; } = [];

    public List<NamedRole> Roles { get; } = [];

    /// <summary>Every role the step names, by word or through an owner or track: where an unnamed track of that role goes.</summary>
    public HashSet<string> RolesMentioned { get; } = new(StringComparer.Ordinal);

    public List<StepProblem> Problems { get; } = [];
}
