using System.Text;

namespace Harness.Core.Tests.Model.Git.InProcess;

/// <summary>
/// Seeded random config files (headers of every form, keys with and without values, quotes, escapes, comments,
/// blanks of every kind, line ends, continuations, unicode, and now and then a mistake), each read by the reader
/// and by git: the same output where git reads the file, the answer left to git where git rejects it.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Platform("Linux")]
public sealed class GitConfigRandomTests
{
    private static readonly string[] Headers =
    [
        "[x]", "[X]", "[core]", "[harness]", "[x \"Sub\"]", "[x \"a b\"]", "[x \"q\\\"t\"]", "[x \"back\\\\slash\"]", "[x \"\\z\"]",
        "[x.Legacy]", "[x.y \"Z\"]", "[x\t\"tab\"]", "[x  \"two\"]", "[x \"日本\"]", "[x-1]", "[ \"nosection\"]", "[x]#c", "[x] k = v",
    ];

    private static readonly string[] BadHeaders = ["[x", "[x \"open]", "[x_y]", "[x \"a\" ]", "[]"];

    private static readonly string[] Names = ["a", "B", "key-1", "Multi", "flag", "x1"];

    private static readonly string[] BadNames = ["1bad", "a_b"];

    private static readonly string[] Pieces =
    [
        "v", "two words", "  ", "\t", "\"", "\"quoted  text\"", "\\t", "\\n", "\\b", "\\\\", "\\\"", "\\x", "#c", ";c", "\"#in\"",
        "値", "ノート", "é", "\r", "\v", "\\\n", "\\\r\n", "=", "[", "]", "0", "yes", "",
    ];

    private static readonly string[] LineEnds = ["\n", "\n", "\n", "\r\n", "\r\n", " \n", "\t\n", " \r\n"];

    private static readonly string[] RareLineEnds = ["\r", " # trailing\n", " ; c\n"];

    [TestCase(11)]
    [TestCase(12)]
    public void Random_files_read_as_git_reads_them(int seed)
    {
        using var box = new ConfigSandbox();
        var random = new Random(seed);
        var config = Path.Combine(box.Home, ".gitconfig");
        var read = 0;
        for (var round = 0; round < 100; round++)
        {
            var text = RandomFile(random);
            box.WriteBytes(config, [.. random.Next(8) == 0 ? "\uFEFF"u8.ToArray() : [], .. Encoding.UTF8.GetBytes(text)]);
            var git = box.Git(box.Top, "config", "-z", "--show-scope", "--get-regexp", ".");
            var reader = box.Reader();
            if (git.ExitCode == 128)
            {
                reader.Should().BeNull($"git rejects this file:\n{text}");
                continue;
            }
            reader.Should().NotBeNull($"git reads this file:\n{text}\n{git.Error}");
            reader!.Entries([""], showScope: true).Should().Be(git, $"seed {seed}, round {round}:\n{text}");
            read++;
        }
        read.Should().BeGreaterThan(50, "most files should be ones git reads");
    }

    private static string RandomFile(Random random)
    {
        var text = new StringBuilder();
        var lines = random.Next(1, 12);
        for (var line = 0; line < lines; line++)
        {
            switch (random.Next(10))
            {
                case 0:
                    text.Append(random.Next(15) == 0 ? Pick(random, BadHeaders) : Pick(random, Headers));
                    break;
                case 1:
                    text.Append(random.Next(2) == 0 ? "# comment" : "; comment \"open");
                    break;
                case 2:
                    text.Append(Pick(random, ["", " ", "\t"])).Append(Name(random)).Append(Pick(random, ["", " ", "\t", "\t ", "\r"]));
                    break;
                default:
                    text.Append(Pick(random, ["", "\t", "  "])).Append(Name(random)).Append(Pick(random, [" = ", "=", "\t=\t", " =  "]));
                    // Mostly a valid value; a quote left open or an unknown escape now and then.
                    var pieces = random.Next(0, 5);
                    for (var piece = 0; piece < pieces; piece++)
                    {
                        var next = Pieces[random.Next(Pieces.Length)];
                        text.Append(next is "\"" or "\\x" && random.Next(6) > 0 ? "ok" : next);
                    }
                    break;
            }
            text.Append(random.Next(12) == 0 ? Pick(random, RareLineEnds) : Pick(random, LineEnds));
        }
        if (random.Next(6) == 0)
        {
            text.Length--; // no final line end
        }
        return random.Next(3) == 0 ? text.ToString() : "[x]\n" + text;
    }

    private static string Name(Random random) => random.Next(20) == 0 ? Pick(random, BadNames) : Pick(random, Names);

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
