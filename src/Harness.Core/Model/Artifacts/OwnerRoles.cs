namespace Harness.Core.Model.Artifacts;

/// <summary>
/// The roles an owner names: its name before the first '-' ("coder-a" is a coder); "reviewer / verifier"
/// names two roles.
/// </summary>
public static class OwnerRoles
{
    /// <summary>The contract's roles, in the order of the merge order's phases.</summary>
    public static IReadOnlyList<string> Standard => StandardRoles;

    private static readonly string[] StandardRoles = ["planner", "coder", "reviewer", "verifier"];

    private static readonly string[] Unset = ["tbd", "unset", "unassigned", "?", "todo"];

    /// <summary>No owner, `none`, or a placeholder such as TBD: nobody may work on the track yet.</summary>
    public static bool IsUnset(Documents.TextValue? owner) =>
        owner is null || FieldReader.IsNone(owner.Text) || Unset.Contains(owner.Unwrapped.Trim().ToLowerInvariant());

    /// <summary>
    /// The merge-order phase of an owner (planner 0, coder 1, reviewer 2, verifier 3): its earliest role of
    /// the contract's, or null when it names none of them.
    /// </summary>
    public static int? Phase(string owner)
    {
        var phases = Of(owner).Select(r => Array.IndexOf(StandardRoles, r)).Where(p => p >= 0).ToList();
        return phases.Count == 0 ? null : phases.Min();
    }

    public static IReadOnlyList<string> Of(string owner)
    {
        var roles = new List<string>();
        foreach (var written in Text.InlineCode.Unwrap(owner).Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // An owner written in bold or italics (`**coder-c**`, `_reviewer_`) names the same role.
            var part = written.Trim('*', '_').Trim();
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var role = (dash > 0 ? part[..dash] : part).Trim().ToLowerInvariant();
            if (role.Length > 0 && !roles.Contains(role))
            {
                roles.Add(role);
            }
        }
        return roles;
    }

    public static bool IsReviewOrVerify(string owner) =>
        Of(owner) is { Count: > 0 } roles && roles.All(r => r is "reviewer" or "verifier");
}
