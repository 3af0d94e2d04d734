using System.Text.RegularExpressions;

namespace Harness.Core.Model.Config;

/// <summary>
/// What any task id must be, whatever idPattern in harness.yml allows: one path segment of letters, digits,
/// '.', '_' and '-', starting with a letter or digit, at most <see cref="MaxLength"/> characters. Ids become
/// file and folder names (tasks/ID-plan.md, .harness/evidence/ID/), so an id can never climb out of its folder,
/// hold a newline, pass for an option, or outgrow a file name.
/// </summary>
public static partial class TaskIdSafety
{
    public const int MaxLength = 80;

    /// <summary>Ids that an unsafe idPattern would let through; lint warns when the pattern matches any.</summary>
    private static readonly string[] UnsafeProbes = ["../FEATURE-1", "FEATURE/1", "FEATURE 1", "FEATURE\\1", "..", "FEATURE\n1", "-FEATURE-1", "FEATURE:1"];

    public static bool IsSafe(string id) => id.Length <= MaxLength && SafeId().IsMatch(id);

    /// <summary>Why <paramref name="id"/> is no safe id, in words a user can act on; null when it is safe.</summary>
    public static string? Problem(string id) =>
        id.Length > MaxLength ? $"is {id.Length} characters long; a task id has at most {MaxLength}"
        : SafeId().IsMatch(id) ? null
        : "is no single name of letters, digits, '.', '_' and '-' (it must start with a letter or digit)";

    /// <summary>The first unsafe id the pattern would accept, or null when it accepts none of them.</summary>
    public static string? UnsafeMatch(Regex anchoredPattern) => UnsafeProbes.FirstOrDefault(anchoredPattern.IsMatch);

    /// <summary>The id as a message shows it: control characters escaped, a very long id cut, so a message stays one line.</summary>
    public static string Display(string id)
    {
        var shown = id.Length > 100 ? id[..100] + "…" : id;
        return shown.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
    }

    /// <summary>Refuses an unsafe id with one line naming it and what a task id is (exit 2).</summary>
    public static void ThrowIfUnsafe(string id)
    {
        if (Problem(id) is { } problem)
        {
            throw new HarnessInputException($"task id '{Display(id)}' {problem}");
        }
    }

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
