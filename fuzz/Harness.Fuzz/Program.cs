using SharpFuzz;

namespace Harness.Fuzz;

/// <summary>
/// Without arguments: the AFL target (run under afl-fuzz by fuzz/run.sh). With "replay FILE...": runs each
/// file through the same target outside AFL and prints the exception it throws, for triage.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "replay")
        {
            return Replay.Files(args.Skip(1));
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            ReaderTarget.Run(buffer.ToArray());
        });
        return 0;
    }
}
