using System.Collections.Concurrent;

namespace Harness.Core.Model.Text;

/// <summary>
/// One instance of each short piece of text that many artifacts repeat (headings such as "Next Step", bullets such
/// as "Status: ready", the keys labels give): lint keeps every artifact of a repo at once, and four thousand briefs
/// would otherwise hold four thousand copies of each. The pool stops growing at a fixed size, so text that never
/// repeats (track names, prose) costs a lookup and no more.
/// </summary>
public static class SharedStrings
{
    /// <summary>Longer text rarely repeats word for word; it is kept as written.</summary>
    private const int MaxLength = 80;

    private const int Capacity = 32_768;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PoolBySpan =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock of the table; files are read in parallel, so the pool counts itself.
    private static int _count;

    /// <summary>The pool's instance of <paramref name="text"/>, or a new string of it: no copy when the pool has it.</summary>
    public static string Share(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return "";
        }
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }
        return PoolBySpan.TryGetValue(text, out var shared) ? shared : Add(text.ToString());
    }

    /// <summary>The pool's instance of <paramref name="text"/>, or <paramref name="text"/> itself.</summary>
    public static string Share(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }
        if (text.Length > MaxLength)
        {
            return text;
        }
        return Pool.TryGetValue(text, out var shared) ? shared : Add(text);
    }

    /// <summary>Adds text the pool did not have, while it has room; another thread's equal text may win the race.</summary>
    private static string Add(string text)
    {
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return text;
        }
        var shared = Pool.GetOrAdd(text, text);
        if (ReferenceEquals(shared, text))
        {
            Interlocked.Increment(ref _count);
        }
        return shared;
    }

    /// <summary>
    /// Empties the pool. The strings already shared stay shared (the model holds them); only the pool's own table
    /// goes (2 to 3 MB when full), and text read afterwards fills it again. Lint calls it after reading a
    /// large model: a feature list of thousands of tracks fills the pool with names that never repeat, and the
    /// headings of the task files read after it would find it full. The count may run a little off if another
    /// thread adds meanwhile; it only bounds the pool's size.
    /// </summary>
    public static void Release()
    {
        Pool.Clear();
        Volatile.Write(ref _count, 0);
    }
}
