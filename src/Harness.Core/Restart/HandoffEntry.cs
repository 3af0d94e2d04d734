using Harness.Core.Model.Artifacts;

namespace Harness.Core.Restart;

/// <summary>
/// One handoff as restart lists it: where it is (its first line), who wrote it to whom, its status (the front
/// matter's `status`, else its Exit State's first line) and its `created` as written; null for what it does not say.
/// </summary>
public sealed record HandoffEntry(string Path, int Line, string? From, string? To, string? Status, string? Created)
{
    public static HandoffEntry Of(string path, HandoffDocument? handoff) => new(
        path,
        1,
        handoff?.From?.Unwrapped,
        handoff?.To?.Unwrapped,
        handoff is null ? null : StatusOf(handoff),
        handoff?.Created?.Unwrapped);

    private static string? StatusOf(HandoffDocument handoff)
    {
        if (handoff.Status?.Unwrapped.Trim() is { Length: > 0 } recorded)
        {
            return recorded;
        }
        var first = handoff.Section("Exit State")?.Body.Split('\n')[0].Trim().TrimStart('-', '*', ' ').Trim();
        return first is { Length: > 0 } ? first : null;
    }
}
