namespace Harness.Core.Model.Findings;

/// <summary>How much a finding matters; ordered so that a higher value is more severe.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "error",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info":
            case "note":
                severity = Severity.Info;
                return true;
            case "warning":
            case "warn":
                severity = Severity.Warning;
                return true;
            case "error":
                severity = Severity.Error;
                return true;
            default:
                severity = Severity.Error;
                return false;
        }
    }
}
