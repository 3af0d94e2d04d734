namespace Harness.Core.Model.Text;

/// <summary>
/// Quotes a word for a POSIX shell: inside single quotes nothing is special, so `$(…)`, backticks, double
/// quotes and backslashes in a folder name stay text; a single quote itself is closed, escaped and reopened.
/// </summary>
public static class ShellQuote
{
    public static string Single(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The word as it is when a shell reads it so (letters, digits, and - _ . / + , : @ =), else single-quoted.</summary>
    public static string IfNeeded(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./+,:@=".Contains(c)) ? word : Single(word);
}
