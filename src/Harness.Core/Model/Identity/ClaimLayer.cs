namespace Harness.Core.Model.Identity;

/// <summary>
/// The claims one place makes together (the flags, the environment, git config). A layer's track and role are
/// about its own task: they apply only to that task, or to any task when the layer names none.
/// </summary>
public sealed record ClaimLayer(Claim? Task, Claim? Track, Claim? Role)
{
    public bool AppliesTo(string taskId) => Task is null || string.Equals(Task.Value, taskId, StringComparison.Ordinal);
}
