using System.Globalization;
using System.Text.Json;
using Strangler.Contracts.Collections;

namespace Strangler.Core.Store.Documents;

/// <summary>The values of the stored JSON as the reflection serializer writes them: a null as JSON null, enums by name.</summary>
internal static class DocumentJsonValues
{
    public static void Object<T>(this Utf8JsonWriter w, ReadOnlySpan<byte> name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        write(w, value);
        w.WriteEndObject();
    }

    public static void List<T>(this Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableList<T>? items, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (items is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                w.WriteStartObject();
                write(w, item);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
    }

    public static void Texts(this Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableList<string>? items)
    {
        if (items is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            w.WriteStringValue(items[i]); // null writes null
        }

        w.WriteEndArray();
    }

    public static void Text(this Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static void Number(this Utf8JsonWriter w, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Number(this Utf8JsonWriter w, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Time(this Utf8JsonWriter w, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            w.WriteString(name, time);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>As the serializer's DateOnly converter: ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    public static void Date(this Utf8JsonWriter w, ReadOnlySpan<byte> name, DateOnly? value)
    {
        if (value is { } date)
        {
            Span<byte> text = stackalloc byte[10];
            date.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
            w.WriteString(name, text[..written]);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Code<T>(this Utf8JsonWriter w, ReadOnlySpan<byte> name, T? value)
        where T : struct, Enum
    {
        if (value is { } code)
        {
            w.Code(name, code);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Code<T>(this Utf8JsonWriter w, ReadOnlySpan<byte> name, T value)
        where T : struct, Enum
    {
        if (EnumJsonNames<T>.TryGet(value, out var text))
        {
            w.WriteString(name, text);
        }
        else
        {
            w.WriteNumber(name, Convert.ToInt64(value, CultureInfo.InvariantCulture)); // no member: JsonStringEnumConverter writes the number
        }
    }
}
