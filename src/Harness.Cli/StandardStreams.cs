using System.Runtime.InteropServices;
using System.Text;

namespace Harness.Cli;

/// <summary>
/// UTF-8 writers over the process's standard output and error. On Unix they call write(2) on file descriptors 1
/// and 2 directly: System.Console's stream, on its first write, sets a terminal up for reading keys and writes the
/// keypad mode (ESC[?1h ESC=), which nothing resets, leaving the user's shell in application keypad mode after every
/// command; and a FileStream over the descriptor writes at positions of its own (pwrite) without moving the shared
/// offset, so in `{ harness status; echo done; } > out.txt` the next writer would overwrite harness's output.
/// A reader that went away (`harness lint | head -1`) ends the output quietly, as a pipe should.
/// </summary>
internal static partial class StandardStreams
{
    public static TextWriter Output() => Writer(1);

    public static TextWriter Error() => Writer(2);

    /// <summary>Standard output as bytes (the MCP server's JSON-RPC lines), through write(2) as <see cref="Output"/>.</summary>
    public static Stream OutputStream() => OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new DescriptorStream(1);

    /// <summary>
    /// Standard input as bytes, read from file descriptor 0 with no console in between: System.Console's stream
    /// would set a terminal up for reading keys (and leave its keypad mode on) when stdin is one.
    /// </summary>
    public static Stream InputStream() => OperatingSystem.IsWindows()
        ? Console.OpenStandardInput()
        : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);

    private static StreamWriter Writer(int descriptor)
    {
        Stream stream = OperatingSystem.IsWindows()
            ? (descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError())
            : new DescriptorStream(descriptor);
        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int descriptor, ref byte buffer, nint count);

    /// <summary>Writes with write(2), retrying after a signal or a full non-blocking pipe; drops the rest once the reader is gone.</summary>
    private sealed class DescriptorStream(int descriptor) : Stream
    {
        private const int Interrupted = 4;
        private const int WouldBlock = 11;

        private bool _readerGone;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty && !_readerGone)
            {
                var written = StandardStreams.Write(descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
                if (written >= 0)
                {
                    buffer = buffer[(int)written..];
                    continue;
                }
                switch (Marshal.GetLastPInvokeError())
                {
                    case Interrupted:
                        break;
                    case WouldBlock:
                        Thread.Sleep(1);
                        break;
                    default:
                        // EPIPE (the reader closed its end), EBADF (no such stream): nobody reads the rest.
                        _readerGone = true;
                        break;
                }
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
