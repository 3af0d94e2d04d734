using System.Text;

namespace Harness.Core.Model.Evidence;

/// <summary>
/// Keeps the last lines of a command's output, at most <see cref="MaxLines"/> lines and about
/// <see cref="MaxChars"/> characters, so a chatty test cannot grow an evidence file without bound.
/// Safe to feed from the stdout and stderr readers at once.
/// </summary>
public sealed class OutputTail
{
    public const int MaxLines = 200;
    public const int MaxChars = 16 * 1024;

    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();
    private int _chars;

    public void Add(string line)
    {
        lock (_gate)
        {
            if (line.Length > MaxChars)
            {
                line = line[^MaxChars..];
            }
            _lines.Enqueue(line);
            _chars += line.Length + 1;
            while (_lines.Count > MaxLines || (_chars > MaxChars && _lines.Count > 1))
            {
                _chars -= _lines.Dequeue().Length + 1;
            }
        }
    }

    /// <summary>The kept lines, secrets redacted.</summary>
    public string Text()
    {
        lock (_gate)
        {
            var builder = new StringBuilder();
            foreach (var line in _lines)
            {
                builder.Append(line).Append('\n');
            }
            return SecretRedactor.Redact(builder.ToString());
        }
    }
}
