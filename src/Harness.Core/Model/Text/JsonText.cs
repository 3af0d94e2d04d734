using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Harness.Core.Model.Text;

/// <summary>JSON written field by field with Utf8JsonWriter (no reflection, safe under AOT), indented, one trailing newline.</summary>
public static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A string property, or null when there is no value (the key stays, so the shape is stable).</summary>
    public static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }
        json.WriteEndArray();
    }
}
