using Harness.Cli.Mcp;

namespace Harness.Cli.Tests.Mcp;

public sealed class McpPagingTests
{
    [Test]
    public void A_short_result_is_returned_whole()
    {
        McpToolRunner.Page("exit code 0 (ok)\n", 0, 8000).Should().Be("exit code 0 (ok)\n");
    }

    [Test]
    public void A_long_result_is_cut_and_says_where_the_rest_starts()
    {
        var text = new string('a', 100) + new string('b', 100);

        var first = McpToolRunner.Page(text, 0, 100);
        var second = McpToolRunner.Page(text, 100, 100);

        first.Should().StartWith(new string('a', 100)).And.EndWith("call again with offset=100 for the rest]");
        second.Should().StartWith(new string('b', 100)).And.EndWith("the end]");
        McpToolRunner.Page(text, 500, 100).Should().Contain("past its end");
    }
}
