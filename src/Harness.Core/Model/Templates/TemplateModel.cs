using System.Collections;
using Scriban.Runtime;

namespace Harness.Core.Model.Templates;

/// <summary>
/// Builds Scriban script objects explicitly from dictionaries, lists and plain values. ScriptObject.Import
/// of a .NET object reflects over it, which renders empty values under Native AOT without an error, so the
/// tool never hands Scriban a .NET object.
/// </summary>
public static class TemplateModel
{
    public static ScriptObject From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var script = new ScriptObject();
        foreach (var (key, value) in values)
        {
            script.SetValue(key, Convert(value), readOnly: false);
        }
        return script;
    }

    private static object? Convert(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double => value,
        ScriptObject or ScriptArray => value,
        IEnumerable<KeyValuePair<string, object?>> map => From(map),
        IEnumerable list => ToArray(list),
        _ => value.ToString(),
    };

    private static ScriptArray ToArray(IEnumerable list)
    {
        var array = new ScriptArray();
        foreach (var item in list)
        {
            array.Add(Convert(item));
        }
        return array;
    }
}
