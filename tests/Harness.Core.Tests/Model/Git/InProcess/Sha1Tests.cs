using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using Harness.Core.Model.Git.InProcess;

namespace Harness.Core.Tests.Model.Git.InProcess;

public sealed class Sha1Tests
{
    [TestCase("", "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [TestCase("abc", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [TestCase("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1")]
    public void The_published_test_vectors_hash_as_FIPS_180_gives_them(string text, string expected)
    {
        Convert.ToHexStringLower(Sha1.HashData(Encoding.ASCII.GetBytes(text))).Should().Be(expected);
    }

    [Test]
    public void A_blob_id_is_the_one_git_gives_the_file()
    {
        // `printf 'hello\n' | git hash-object --stdin`
        Convert.ToHexStringLower(TrackedChanges.BlobId("hello\n"u8.ToArray())).Should().Be("ce013625030ba8dba906f756967f9e9ca394464a");
    }

    [Test]
    public void Every_length_around_the_block_and_padding_edges_hashes_as_the_platform_does()
    {
        var random = new Random(15);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Sha1.HashData(data).Should().Equal(SHA1.HashData(data), $"a message of {length} bytes");
        }
    }

    [Test]
    public void Data_appended_in_pieces_hashes_as_the_whole_and_the_instance_starts_over_after_finishing()
    {
        var random = new Random(7);
        var data = new byte[1_000_003];
        random.NextBytes(data);
        var sha = new Sha1();
        for (var at = 0; at < data.Length;)
        {
            var piece = Math.Min(random.Next(0, 200), data.Length - at);
            sha.Append(data.AsSpan(at, piece));
            at += piece;
        }
        sha.Finish().Should().Equal(SHA1.HashData(data));
        sha.Append("abc"u8);
        Convert.ToHexStringLower(sha.Finish()).Should().Be("a9993e364706816aba3e25717850c26c9cd0d89d");
    }
}
