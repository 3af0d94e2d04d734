namespace Harness.Core.Tests.Support;

/// <summary>Runs one action on several threads released at the same moment, as writers that race each other.</summary>
public static class Simultaneously
{
    public static void Run(int writers, Action<int> write)
    {
        using var start = new Barrier(writers);
        // Threads of their own: the barrier needs all of them at once, which the test host's pool may not give.
        var threads = Enumerable.Range(0, writers).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            write(i);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }
}
