using System.Text;

namespace Harness.Cli.Mcp;

/// <summary>
/// A tool call's stdout or stderr, kept in memory and counted by line as it arrives, so that a progress notice can
/// say how far a long verify has come while its command still writes (from another thread).
/// </summary>
internal sealed class CapturedOutput : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private int _lines;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>How many whole lines were written so far.</summary>
    public int Lines => Volatile.Read(ref _lines);

    // Every other Write and WriteLine of TextWriter ends in one of these three.
    public override void Write(char value)
    {
        lock (_gate)
        {
            _text.Append(value);
            Count(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            var span = buffer.AsSpan(index, count);
            _text.Append(span);
            Interlocked.Add(ref _lines, span.Count('\n'));
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            _text.Append(value);
            Interlocked.Add(ref _lines, value.AsSpan().Count('\n'));
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }

    private void Count(char value)
    {
        if (value == '\n')
        {
            Interlocked.Increment(ref _lines);
        }
    }
}
