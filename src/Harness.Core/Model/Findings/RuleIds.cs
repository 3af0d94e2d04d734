namespace Harness.Core.Model.Findings;

/// <summary>
/// The stable ids of every finding: the ones the reader itself raises, those of the lint rules (one file a
/// rule, under Lint/Rules/), guard's and restart's stop conditions. This is the one place listing them; ids never
/// change meaning once released.
/// </summary>
public static class RuleIds
{
    public const string FrontMatterMalformed = "HRN001";
    public const string ConfigMalformed = "HRN002";
    public const string UnknownKey = "HRN003";
    public const string RequiredSection = "HRN004";
    public const string TrackFieldMissing = "HRN005";
    public const string RecommendedSection = "HRN006";
    public const string DuplicateTrackId = "HRN007";
    public const string UnknownStatus = "HRN008";
    public const string UnknownDependency = "HRN009";
    public const string DependencyCycle = "HRN010";
    public const string FinishedBeforeDependency = "HRN011";
    public const string TrackUnowned = "HRN012";
    public const string OwnershipOverlap = "HRN013";
    public const string OwnedPathEscapes = "HRN014";
    public const string OwnedGlobUnmatched = "HRN015";
    public const string PlanFeatureListMismatch = "HRN016";
    public const string NextStepNotSingle = "HRN017";
    public const string StaleProgressNote = "HRN018";
    public const string VerifyEvidenceFailed = "HRN019";
    public const string OwnerRoleUnknown = "HRN020";
    public const string ReviewTrackOwnsImplementation = "HRN021";
    public const string DependencyAgainstMergeOrder = "HRN022";
    public const string FieldGivenTwice = "HRN023";
    public const string ScaffoldPlaceholder = "HRN024";
    public const string MergeOrderStepUnreadable = "HRN025";
    public const string LastVerifyCommandDiffers = "HRN026";
    public const string IdPatternUnsafe = "HRN027";
    public const string CrossTaskOwnershipOverlap = "HRN028";
    public const string UnknownSubTask = "HRN029";
    public const string SubTaskCycle = "HRN030";

    // guard: a changed file the track may not change.
    public const string OtherTracksFile = "HRN401";
    public const string SharedOutOfTurn = "HRN402";
    public const string UnownedFile = "HRN403";

    // agents: a conflict between agents at work, seen before their branches merge.
    public const string SameFileChanged = "AGT001";
    public const string ForeignOwnedFileChanged = "AGT002";
    public const string BaseMovedUnderOwned = "AGT003";

    // restart: a stop condition, a reason not to restart from the packet (contract, section 7).
    public const string NoProgressNote = "RST001";
    public const string NoVerifyResult = "RST002";
    public const string MissingInput = "RST003";
    public const string OwnershipUnclear = "RST004";
    public const string TrackHeld = "RST005";
    public const string MergeConflict = "RST006";
    public const string VerifyNotCurrent = "RST007";
    public const string NoteHeld = "RST008";
    public const string OwnedFilesInUse = "RST009";
    public const string BaseDrift = "RST010";
    public const string BaseConflict = "RST011";
    public const string DependenciesUnfinished = "RST012";
}
