using Harness.Core.Model.Artifacts;
using Harness.Core.Model.Evidence;

namespace Harness.Core.Model.State;

/// <summary>
/// The state of a track's latest verify, as status reports it: its newest evidence record judged by the one
/// freshness rule, else the Progress Note's Last Verify line for its command, else none.
/// </summary>
public static class TrackVerify
{
    public static VerifyState Of(TaskState state, Track track)
    {
        if (state.LatestEvidence.TryGetValue(track.Id, out var entry))
        {
            return state.Freshness.Of(entry.Record).State;
        }
        var command = track.VerifyCommand?.Text;
        var line = command is null ? null : state.Note?.LastVerify.FirstOrDefault(l => l.Command == command);
        return line?.State ?? VerifyState.None;
    }

    /// <summary>
    /// The verify of several tracks as one: pass only when every one passes; otherwise the worst of them, fail
    /// before stale before unknown before none (a pass among others counts as none). No tracks: none.
    /// </summary>
    public static VerifyState Worst(IEnumerable<VerifyState> states)
    {
        var any = false;
        var worst = VerifyState.Pass;
        foreach (var state in states)
        {
            any = true;
            if (Rank(state) > Rank(worst))
            {
                worst = state;
            }
        }
        return any ? worst : VerifyState.None;
    }

    // Pass ranks lowest: one pass never hides a missing verify, and the rank of None puts it above Pass.
    private static int Rank(VerifyState state) => state switch
    {
        VerifyState.Fail => 4,
        VerifyState.Stale => 3,
        VerifyState.Unknown => 2,
        VerifyState.None => 1,
        _ => 0,
    };
}
