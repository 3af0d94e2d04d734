using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Harness.Cli;

/// <summary>
/// UTF-8 writers over the process's standard output and error. On Unix they write to file descriptors 1 and 2
/// directly, not through System.Console: its first write to a terminal sets the terminal up for reading keys and
/// writes the keypad mode (ESC[?1h ESC=), which nothing resets, leaving the user's shell in application keypad mode
/// after every command. A reader that went away (`harness lint | head -1`) ends the output quietly, as a pipe should.
/// </summary>
internal static class StandardStreams
{
    public static TextWriter Output() => Writer(1);

    public static TextWriter Error() => Writer(2);

    private static StreamWriter Writer(int descriptor)
    {
        Stream stream = OperatingSystem.IsWindows()
            ? (descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError())
            : new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        return new StreamWriter(new ClosedReaderTolerant(stream), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }

    /// <summary>Drops what is written after the reader closed its end (EPIPE), instead of failing the command.</summary>
    private sealed class ClosedReaderTolerant(Stream inner) : Stream
    {
        private bool _readerGone;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_readerGone)
            {
                return;
            }
            try
            {
                inner.Write(buffer);
            }
            catch (IOException)
            {
                _readerGone = true;
            }
        }

        public override void Flush()
        {
            if (!_readerGone)
            {
                try
                {
                    inner.Flush();
                }
                catch (IOException)
                {
                    _readerGone = true;
                }
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
