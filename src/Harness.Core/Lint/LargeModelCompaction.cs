using Harness.Core.Model.Text;

namespace Harness.Core.Lint;

/// <summary>
/// Lint holds the parsed model of every file of the repo at once (about 57 MB live for 8,000 files), and reading
/// it allocates four to five times that in parse trees that die young. Those that a collection catches mid-parse
/// are promoted beside the model and leave holes in the old generation that a background collection sweeps but
/// never closes. One compacting collection after the feature lists and one after the rest give those holes back
/// before the next phase allocates, and the pool of shared strings is emptied before each (see
/// <see cref="SharedStrings.Release"/>): lint of the 4,000-task corpus peaked lower (bench/README.md).
/// A repo of fewer files than <see cref="MinimumDocuments"/> skips it: its heap is small, and the collection
/// would cost more than the memory it saves (harness's own tests lint hundreds of small repos in one process).
/// </summary>
internal static class LargeModelCompaction
{
    public const int MinimumDocuments = 1_000;

    /// <summary>Compacts the heap when <paramref name="documents"/> (files, or tracks of a feature list) make a large model.</summary>
    public static void After(int documents)
    {
        if (documents >= MinimumDocuments)
        {
            SharedStrings.Release();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
