using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>A piece of text from an artifact together with where it was written.</summary>
public sealed record TextValue(string Text, SourceLocation Location)
{
    /// <summary>The text without backticks around it: "`src/a.py`" is "src/a.py".</summary>
    public string Unwrapped => InlineCode.Unwrap(Text);

    public override string ToString() => Text;
}
