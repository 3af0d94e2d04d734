using System.Text.Json.Serialization;

namespace Harness.Core.Model.Evidence;

/// <summary>System.Text.Json source generation for evidence records: no reflection, safe under Native AOT.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(EvidenceRecord))]
public sealed partial class EvidenceJsonContext : JsonSerializerContext
{
}
