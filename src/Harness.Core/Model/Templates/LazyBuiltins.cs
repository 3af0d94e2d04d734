using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Harness.Core.Model.Templates;

/// <summary>
/// Scriban's builtin objects (string, array, date, ...) made on first use. Scriban's default builds every one
/// of them by reflection for each context, which cost more than rendering the restart prompt itself; a
/// template (embedded or a repo's override) still reaches every builtin by the same name.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Func<object>> Factories = new(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["blank"] = () => EmptyScriptObject.Default,
        ["include"] = () => new IncludeFunction(),
        ["date"] = () => new DateTimeFunctions(),
        ["html"] = () => new HtmlFunctions(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value)
    {
        Materialize(member);
        return base.TryGetValue(context, span, member, out value);
    }

    public override bool Contains(string member) => Factories.ContainsKey(member) || base.Contains(member);

    public override bool CanWrite(string member) => !Factories.ContainsKey(member) && base.CanWrite(member);

    private void Materialize(string member)
    {
        if (!base.Contains(member) && Factories.TryGetValue(member, out var create))
        {
            SetValue(member, create(), readOnly: true);
        }
    }
}
