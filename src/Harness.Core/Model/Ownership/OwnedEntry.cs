using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Documents;

namespace Harness.Core.Model.Ownership;

/// <summary>One owned path or glob of one track, with where it was written.</summary>
public sealed record OwnedEntry(Track Track, TextValue Value, GlobPattern Glob);

/// <summary>Two tracks that may run at the same time and own one file (or overlapping globs).</summary>
public sealed record Overlap(OwnedEntry First, OwnedEntry Second, string Example);
