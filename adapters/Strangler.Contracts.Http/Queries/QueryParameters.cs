using Microsoft.AspNetCore.Http;

namespace Strangler.Contracts.Http.Queries;

/// <summary>
/// The 400 rule: a listed parameter that is repeated, empty, not <c>^[0-9]{1,9}$</c>, or out of range fails;
/// unlisted ones are ignored. Names compare exactly (<c>after</c>, not <c>AFTER</c>), so the raw query string
/// is read here rather than ASP.NET's case-insensitive query collection.
/// </summary>
public static class QueryParameters
{
    public static bool TryRead(QueryString query, IReadOnlyList<QueryParameter> listed, out QueryValues values) =>
        TryRead(query.Value, listed, out values);

    public static bool TryRead(string? rawQuery, IReadOnlyList<QueryParameter> listed, out QueryValues values)
    {
        ArgumentNullException.ThrowIfNull(listed);
        values = QueryValues.None;
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var text = rawQuery ?? "";
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var parameter = listed.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                continue;
            }

            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (found.ContainsKey(name) || !TryNumber(value, out var number) || number < parameter.Min || number > parameter.Max)
            {
                return false;
            }

            found[name] = number;
        }

        foreach (var parameter in listed)
        {
            found.TryAdd(parameter.Name, parameter.Default);
        }

        values = new QueryValues(found);
        return true;
    }

    private static bool TryNumber(string value, out long number)
    {
        number = 0;
        if (value.Length is < 1 or > 9 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        number = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Form decoding ('+' is a space); a malformed escape stays as written (and then fails the digit rule).</summary>
    private static string Decode(string component)
    {
        var withSpaces = component.Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(withSpaces);
        }
        catch (UriFormatException)
        {
            return withSpaces;
        }
    }
}
