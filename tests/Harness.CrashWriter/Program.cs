using System.Globalization;
using System.Text;
using Harness.Core.Model.Writing;

// Usage: Harness.CrashWriter PATH SIZE [direct]
// Rewrites PATH forever with versions "begin N / SIZE bytes / end N", through the atomic writer, or with
// `direct` in place through a StreamWriter (the unsafe way, which the test uses to show that its check can
// fail). The direct write goes out in small flushed chunks, as a streamed write does: a single 4 MB
// File.WriteAllText is one system call on a fast disk, and a kill then almost never lands inside it, which
// made the negative control flaky.
// Prints "ready" once the first version is on disk, so the killer knows a complete file exists.
var path = args[0];
var size = int.Parse(args[1], CultureInfo.InvariantCulture);
var direct = args.Length > 2 && args[2] == "direct";
var body = new string('x', size);
for (var version = 0; ; version++)
{
    var content = $"begin {version}\n{body}\nend {version}\n";
    if (direct)
    {
        WriteInChunks(path, content);
    }
    else
    {
        AtomicFile.Write(path, content);
    }
    if (version == 0)
    {
        Console.WriteLine("ready");
        Console.Out.Flush();
    }
}

static void WriteInChunks(string path, string content)
{
    const int chunk = 16 * 1024;
    using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
    for (var start = 0; start < content.Length; start += chunk)
    {
        writer.Write(content.AsSpan(start, Math.Min(chunk, content.Length - start)));
        writer.Flush();
        // A pause now and then, as a writer that streams what it computes makes: the file stays torn for most of
        // each version, so the first kills find it torn instead of the test starting dozens of writers.
        if (start / chunk % 32 == 31)
        {
            Thread.Sleep(1);
        }
    }
}
