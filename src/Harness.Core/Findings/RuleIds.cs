namespace Harness.Core.Findings;

/// <summary>
/// The stable ids of the findings the reader itself raises; lint rules own the rest (one file a rule, under
/// Rules/). Ids never change meaning once released.
/// </summary>
public static class RuleIds
{
    public const string FrontMatterMalformed = "HRN001";
    public const string ConfigMalformed = "HRN002";
    public const string UnknownKey = "HRN003";
}
