namespace Harness.Core.Model.Documents;

/// <summary>Turns a list grown while a document was read into an array of its exact length (null stays null).</summary>
internal static class Sealed
{
    public static IReadOnlyList<T>? Of<T>(IReadOnlyList<T>? list) =>
        list is List<T> growing ? (growing.Count == 0 ? null : growing.ToArray()) : list;
}
