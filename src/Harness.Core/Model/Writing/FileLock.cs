using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Harness.Core.Model.Text;

namespace Harness.Core.Model.Writing;

/// <summary>
/// An exclusive lock beside a file that harness edits in place (`PATH.lock`, linked into place whole), held around the
/// whole read-modify-write so two harness writers never interleave: the second is refused instead of waiting or
/// mixing. The lock names its owner (process id and start time), so a lock whose process is gone (killed with
/// SIGKILL, or a machine that went down) is taken over with a notice instead of refusing every later write; the
/// command line releases held locks on SIGTERM and SIGINT (<see cref="ReleaseAll"/>).
/// </summary>
public sealed class FileLock : IDisposable
{
    /// <summary>How long an empty lock (its owner died between creating and writing it) is left to its owner.</summary>
    private static readonly TimeSpan EmptyLockGrace = TimeSpan.FromSeconds(10);

    private static readonly ConcurrentDictionary<string, FileLock> Held = new(StringComparer.Ordinal);

    private readonly string _fullPath;
    private int _released;

    private FileLock(string fullPath, string? takenOverFrom)
    {
        _fullPath = fullPath;
        TakenOverFrom = takenOverFrom;
    }

    /// <summary>The owner of a stale lock this one replaced ("process 1234, gone"), or null.</summary>
    public string? TakenOverFrom { get; }

    public static string PathFor(string relativePath) => relativePath + ".lock";

    /// <summary>True for harness's own leftovers beside an artifact: its locks and its temporary files.</summary>
    public static bool IsHarnessOwn(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return name.EndsWith(".md.lock", StringComparison.Ordinal) || name.EndsWith(".json.lock", StringComparison.Ordinal)
            || name.EndsWith(".toml.lock", StringComparison.Ordinal) || AtomicFile.IsTemporaryName(name);
    }

    /// <summary>
    /// Takes the lock of <paramref name="relativePath"/>, waiting up to <paramref name="wait"/> for a live holder to
    /// finish, or refuses with a message naming who holds it.
    /// </summary>
    public static FileLock Acquire(string repoRoot, string relativePath, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return Acquire(repoRoot, relativePath);
            }
            catch (HarnessInputException e) when (DateTime.UtcNow < deadline && e.Data.Contains(HeldByAnother))
            {
                // Only a lock another command holds is waited for: a link out of the repo or a folder where the lock
                // goes is refused at once, since waiting cannot change it.
                Thread.Sleep(25);
            }
        }
    }

    /// <summary>Takes the lock of <paramref name="relativePath"/>, or refuses with a message naming who holds it.</summary>
    public static FileLock Acquire(string repoRoot, string relativePath)
    {
        var relative = PathFor(relativePath);
        // The lock is the first thing written: the folders it goes into must not lead out of the repo.
        var full = RepoPathGuard.FullPath(repoRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string? takenOverFrom = null;
        var vanished = 0;
        var owner = System.Text.Encoding.UTF8.GetBytes(Owner.Current().ToText());
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (Directory.Exists(full))
            {
                throw new HarnessInputException($"{relative}: is a folder where harness keeps the lock of {relativePath}; move it away");
            }
            // The owner is written to a file of its own first and linked into place in one step (link(2), which
            // fails when the lock exists): a lock is never there without its owner, so a command stopped at any
            // moment leaves either no lock or one naming a process that is gone, which the next writer takes over. A
            // lock created empty and then written would, stopped in between, refuse every writer for its grace time.
            var pending = WriteOwner(full, owner);
            try
            {
                AtomicFile.MoveWithoutReplacing(pending, full);
            }
            catch (IOException) when (File.Exists(full))
            {
                File.Delete(pending);
                var holder = Owner.Read(full);
                if (attempt > 0 || !IsStale(full, holder))
                {
                    var who = holder is null ? "another harness command" : $"harness (process {holder.Pid})";
                    throw HeldRefusal(
                        $"{relativePath}: {who} is updating it ({relative} exists); nothing written. Run the command again when it is done");
                }
                if (!TryRemoveStale(full))
                {
                    continue;   // another process took the stale lock over first: try once more, and meet its live lock
                }
                takenOverFrom = holder is null ? "an empty lock" : $"process {holder.Pid}, which is gone";
                continue;
            }
            catch (IOException) when (!File.Exists(full) && vanished < 50)
            {
                // The holder released its lock between our link and our look at it: the lock is free now, so this
                // is no refusal (and no crash) but another try.
                File.Delete(pending);
                vanished++;
                attempt--;
                continue;
            }
            var taken = new FileLock(full, takenOverFrom);
            Held[full] = taken;
            return taken;
        }
        throw HeldRefusal($"{relativePath}: another harness command is updating it ({relative} exists); nothing written");
    }

    /// <summary>The owner's text in a temporary file beside the lock (named as harness's temporary files are).</summary>
    private static string WriteOwner(string full, byte[] owner)
    {
        var pending = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        using var stream = new FileStream(pending, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(owner);
        stream.Flush(flushToDisk: true);
        return pending;
    }

    /// <summary>Marks the refusals <see cref="Acquire(string, string, TimeSpan)"/> may wait out: another command holds the lock.</summary>
    private const string HeldByAnother = "harness.lock-held";

    private static HarnessInputException HeldRefusal(string message)
    {
        var refusal = new HarnessInputException(message);
        refusal.Data[HeldByAnother] = true;
        return refusal;
    }

    /// <summary>Releases every lock this process holds: the command line calls it on SIGTERM and SIGINT.</summary>
    public static void ReleaseAll()
    {
        foreach (var held in Held.Values)
        {
            held.Dispose();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }
        Held.TryRemove(_fullPath, out _);
        try
        {
            File.Delete(_fullPath);
        }
        catch (IOException)
        {
            // Already gone (a signal released it first); nothing else holds this path.
        }
    }

    private static bool IsStale(string full, Owner? holder)
    {
        if (holder is null)
        {
            // No owner could be read: a lock left unwritten, or one its holder released between our link and our read.
            // Only a lock still there, and old, is stale. A released one read as written in 1601 (the time .NET gives
            // a missing file), so the writer would "take it over", moving aside a live lock another writer had just
            // linked.
            var lockFile = new FileInfo(full);
            return lockFile.Exists && DateTime.UtcNow - lockFile.LastWriteTimeUtc > EmptyLockGrace;
        }
        return !holder.IsAlive();
    }

    /// <summary>Moves a stale lock aside; only one of several processes doing so at once succeeds.</summary>
    private static bool TryRemoveStale(string full)
    {
        var aside = $"{full}.{Guid.NewGuid():N}.stale";
        try
        {
            File.Move(full, aside);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        File.Delete(aside);
        return true;
    }

    /// <summary>Who holds a lock: a process id and the time it started (a reused id has another start time).</summary>
    private sealed record Owner(int Pid, long StartTicks)
    {
        public static Owner Current()
        {
            using var self = Process.GetCurrentProcess();
            return new Owner(self.Id, self.StartTime.ToUniversalTime().Ticks);
        }

        public string ToText() => $"pid {Pid}\nstarted {StartTicks.ToString(CultureInfo.InvariantCulture)}\n";

        public static Owner? Read(string full)
        {
            string text;
            try
            {
                text = File.ReadAllText(full);
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length >= 2
                && lines[0].StartsWith("pid ", StringComparison.Ordinal) && int.TryParse(lines[0][4..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && lines[1].StartsWith("started ", StringComparison.Ordinal) && long.TryParse(lines[1][8..], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? new Owner(pid, ticks)
                : null;
        }

        public bool IsAlive()
        {
            try
            {
                using var process = Process.GetProcessById(Pid);
                // The start time is derived from the boot time on each read, so two reads may differ by a little.
                return !process.HasExited && Math.Abs(process.StartTime.ToUniversalTime().Ticks - StartTicks) < TimeSpan.TicksPerSecond;
            }
            catch (ArgumentException)
            {
                return false;   // no process has this id any more
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }
}
