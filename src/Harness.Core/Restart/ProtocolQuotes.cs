using Harness.Core.Model.Artifacts;
using Harness.Core.Model.State;

namespace Harness.Core.Restart;

/// <summary>
/// The sections of the author's restart protocol the prompt quotes verbatim in place of harness's own wording:
/// Live Checks, Stop Conditions, Handoff Contract and Restart Output. A section the protocol lacks (or leaves
/// empty) is left out here, and the template's own text stands in for it.
/// </summary>
public static class ProtocolQuotes
{
    public const string LiveChecks = "Live Checks";
    public const string StopConditions = "Stop Conditions";
    public const string HandoffContract = "Handoff Contract";
    public const string RestartOutput = "Restart Output";

    public static readonly IReadOnlyList<string> Names = [LiveChecks, StopConditions, HandoffContract, RestartOutput];

    public static IReadOnlyList<PacketInput> Of(RestartProtocol? protocol)
    {
        if (protocol is null)
        {
            return [];
        }
        var quotes = new List<PacketInput>();
        foreach (var name in Names)
        {
            // Found by its English words, so `## Stop Conditions（停止条件）` counts, as every heading harness reads.
            if (protocol.Section(name) is { IsEmpty: false } section)
            {
                quotes.Add(PacketInput.Quote(name, section));
            }
        }
        return quotes;
    }
}
