using Harness.Core.Model.Text;

namespace Harness.Core.Tests.Model.Documents;

public sealed class InlineCodeTests
{
    [TestCase("`a` and `b`", "a@0|b@8")]
    [TestCase("``a ` b`` then `c`", "a ` b@0|c@15")]
    [TestCase("` unclosed and `x`", "unclosed and@0")]
    [TestCase("``` `` ``` ``x``", "``@0|x@11")]
    [TestCase("` `` `", "``@0")]
    [TestCase("`` only one run `", "")]
    [TestCase("no code", "")]
    [TestCase("`a`", "a@0")]
    [TestCase("run ` make test ` now", "make test@4")]
    [TestCase("x `` y", "")]
    [TestCase("`a``", "")]
    public void Spans_close_at_the_next_run_of_the_same_length(string text, string expected)
    {
        var spans = InlineCode.Spans(text).Select(s => $"{s.Code}@{s.Offset}");

        string.Join('|', spans).Should().Be(expected);
    }

    [TestCase("`a.py`", "a.py")]
    [TestCase(" ` x ` ", "x")]
    [TestCase("`` a ` b ``", "a ` b")]
    [TestCase("`a` and `b`", "`a` and `b`")]
    [TestCase("``", "``")]
    [TestCase("` `", "")]
    [TestCase("plain text ", "plain text")]
    [TestCase("``x`", "``x`")]
    public void Unwrap_removes_the_backticks_of_one_span_around_the_whole_value(string text, string expected)
    {
        InlineCode.Unwrap(text).Should().Be(expected);
        InlineCode.UnwrapSpan(text).ToString().Should().Be(expected);
    }
}
