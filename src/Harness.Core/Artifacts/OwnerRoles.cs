namespace Harness.Core.Artifacts;

/// <summary>
/// The roles an owner names: its name before the first '-' ("coder-a" is a coder); "reviewer / verifier"
/// names two roles.
/// </summary>
public static class OwnerRoles
{
    public static IReadOnlyList<string> Of(string owner)
    {
        var roles = new List<string>();
        foreach (var part in Text.InlineCode.Unwrap(owner).Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
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
