namespace Harness.Fuzz;

/// <summary>Runs saved inputs (crashes, hangs, the corpus) through the target and prints what each one throws.</summary>
public static class Replay
{
    public static int Files(IEnumerable<string> paths)
    {
        var failures = 0;
        foreach (var path in paths)
        {
            try
            {
                ReaderTarget.Run(File.ReadAllBytes(path));
                Console.WriteLine($"{path}: ok");
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"{path}: {e.GetType().FullName}: {e.Message}");
                Console.WriteLine(string.Join('\n', (e.StackTrace ?? "").Split('\n').Take(8)));
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
