namespace Harness.Core.Model.Git.InProcess;

/// <summary>A config value read as git reads a boolean (git_parse_maybe_bool).</summary>
internal static class ConfigBoolean
{
    /// <summary>
    /// True for a key with no '=' and for true/yes/on (any case) or a nonzero number, false for an empty value,
    /// false/no/off or 0; null for anything else, and for numbers git reads with bases and units (010, 1k): git says.
    /// </summary>
    public static bool? Of(string? value)
    {
        if (value is null)
        {
            return true;
        }
        if (value.Length == 0)
        {
            return false;
        }
        if (!value.All(char.IsAscii))
        {
            return null; // git folds ASCII letters alone; .NET would also take U+017F for 's'
        }
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || value.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase)
            || value.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (value == "0")
        {
            return false;
        }
        return value.Length <= 9 && value[0] is >= '1' and <= '9' && value.All(char.IsAsciiDigit) ? true : null;
    }
}
