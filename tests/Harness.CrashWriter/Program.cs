using System.Globalization;
using System.Text;
using Harness.Core.Model.Writing;

// Usage: Harness.CrashWriter PATH SIZE [direct]
// Rewrites PATH forever with versions "begin N / SIZE bytes / end N", through the atomic writer, or with
// `direct` through File.WriteAllText (the unsafe way, which the test uses to show that its check can fail).
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
        File.WriteAllText(path, content, Encoding.UTF8);
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
