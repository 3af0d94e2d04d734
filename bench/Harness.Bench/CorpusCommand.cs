namespace Harness.Bench;

/// <summary>
/// `corpus KIND DIR SIZE`: writes one corpus and keeps it, for profiling one command by hand
/// (KIND is harness or openspec).
/// </summary>
internal static class CorpusCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 3 || !int.TryParse(args[2], out var size) || size < 1)
        {
            Console.Error.WriteLine("usage: Harness.Bench corpus <harness|openspec> DIR SIZE");
            return 2;
        }
        var root = Path.GetFullPath(args[1]);
        switch (args[0])
        {
            case "harness":
                HarnessCorpus.Create(root, size);
                break;
            case "openspec":
                OpenSpecCorpus.Create(root, size);
                break;
            default:
                Console.Error.WriteLine($"unknown corpus kind '{args[0]}'");
                return 2;
        }
        Console.WriteLine(root);
        return 0;
    }
}
