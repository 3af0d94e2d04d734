using Harness.Core.Model.CommandLine;

namespace Harness.Core.New;

/// <summary>What `harness new` was asked to start.</summary>
public sealed record NewRequest(string Id, string Title, bool SingleAgent, IReadOnlyList<TrackSpec> Tracks);

/// <summary>A track to scaffold: its id and owner ("A" and "coder-a").</summary>
public sealed record TrackSpec(string Id, string Owner)
{
    /// <summary>Reads "A:coder-a" (or "A=coder-a").</summary>
    public static TrackSpec Parse(string text)
    {
        var separator = text.IndexOfAny([':', '=']);
        if (separator <= 0 || separator == text.Length - 1)
        {
            throw new HarnessInputException($"{CommandWords.Track} '{text}' is not ID:OWNER (for example A:coder-a)");
        }
        return new TrackSpec(text[..separator].Trim(), text[(separator + 1)..].Trim());
    }
}
