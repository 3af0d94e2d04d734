using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Harness.Core.Model.Git.InProcess;

/// <summary>The kind of a file as lstat sees it (a link is not followed).</summary>
internal enum FileKind { Missing, Regular, Link, Directory, Other }

/// <summary>
/// The stat data git keeps for each index entry, each field cut to 32 bits as git writes it. .NET's FileInfo has
/// no ctime, inode or device, so Linux's statx is asked directly.
/// </summary>
internal readonly record struct StatData(uint CtimeSeconds, uint CtimeNanoseconds, uint MtimeSeconds, uint MtimeNanoseconds,
    uint Device, uint Inode, uint Mode, uint Uid, uint Gid, uint Size)
{
    public const uint TypeMask = 0xF000;
    public const uint RegularType = 0x8000;
    public const uint LinkType = 0xA000;
    public const uint DirectoryType = 0x4000;
    public const uint GitlinkType = 0xE000;

    public FileKind Kind => (Mode & TypeMask) switch
    {
        RegularType => FileKind.Regular,
        LinkType => FileKind.Link,
        DirectoryType => FileKind.Directory,
        _ => FileKind.Other,
    };

    /// <summary>Whether this modification time is at or after <paramref name="other"/>'s (git's racy-timestamp test).</summary>
    public bool ModifiedNoEarlierThan(StatData other) =>
        MtimeSeconds > other.MtimeSeconds || (MtimeSeconds == other.MtimeSeconds && MtimeNanoseconds >= other.MtimeNanoseconds);
}

/// <summary>lstat through statx(2): its buffer has one layout on every Linux architecture.</summary>
internal static partial class FileStat
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: the descriptor itself
    private const uint BasicStats = 0x7ff; // STATX_BASIC_STATS
    private const int NotFound = 2; // ENOENT
    private const int NotAFolder = 20; // ENOTDIR

    /// <summary>The stat data of <paramref name="path"/>, null when it does not exist; throws for any other failure.</summary>
    public static StatData? Of(string path)
    {
        if (Statx(CurrentFolder, path, NoFollow, BasicStats, out var buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is NotFound or NotAFolder)
            {
                return null;
            }
            throw new IOException($"{path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        return new StatData((uint)buffer.Ctime.Seconds, buffer.Ctime.Nanoseconds, (uint)buffer.Mtime.Seconds, buffer.Mtime.Nanoseconds,
            Device(buffer.DeviceMajor, buffer.DeviceMinor), (uint)buffer.Inode, buffer.Mode, buffer.Uid, buffer.Gid, (uint)buffer.Size);
    }

    public static FileKind KindOf(string path) => Of(path)?.Kind ?? FileKind.Missing;

    /// <summary>The kind and full length of an open file (statx on the descriptor); null when the call fails.</summary>
    public static (FileKind Kind, long Length)? OfOpen(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (StatxOpen((int)handle.DangerousGetHandle(), "", EmptyPath, BasicStats, out var buffer) != 0)
            {
                return null;
            }
            var kind = new StatData(0, 0, 0, 0, 0, 0, buffer.Mode, 0, 0, 0).Kind;
            return (kind, (long)buffer.Size);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    public static uint EffectiveUser() => GetEffectiveUser();

    // glibc's makedev, cut to the 32 bits git stores.
    private static uint Device(uint major, uint minor) =>
        (uint)((((ulong)major & 0xfffff000) << 32) | ((major & 0xfffUL) << 8) | (((ulong)minor & 0xffffff00) << 12) | (minor & 0xffUL));

    [StructLayout(LayoutKind.Sequential)]
    private struct Timestamp
    {
        public long Seconds;
        public uint Nanoseconds;
        public int Reserved;
    }

    // struct statx from <linux/stat.h>: 256 bytes, the fields harness reads named, the rest padding.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatxBuffer
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint Links;
        public uint Uid;
        public uint Gid;
        public ushort ModeBits;
        public ushort Spare;
        public ulong Inode;
        public ulong Size;
        public ulong Blocks;
        public ulong AttributesMask;
        public Timestamp Atime;
        public Timestamp Btime;
        public Timestamp Ctime;
        public Timestamp Mtime;
        public uint RdevMajor;
        public uint RdevMinor;
        public uint DeviceMajor;
        public uint DeviceMinor;

        public readonly uint Mode => ModeBits;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatxOpen(int descriptor, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUser();
}
