using Harness.Core.Model.Text;

namespace Harness.Core.Model.Documents;

/// <summary>A file that could not be read at all: it names the file (and line where there is one).</summary>
public sealed record InputError(SourceLocation Location, string Message)
{
    public override string ToString() =>
        Location.Line > 0 ? $"{Location.File}:{Location.Line}: {Message}" : $"{Location.File}: {Message}";
}
