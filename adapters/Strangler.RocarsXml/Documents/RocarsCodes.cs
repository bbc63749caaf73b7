namespace Strangler.RocarsXml.Documents;

/// <summary>
/// The ROCARS enumeration values are the upper-case names of our enum members (<c>ORIGINAL</c>,
/// <c>IMPORT</c>, <c>GO</c> …), so one piece of code maps all of them, case-sensitively.
/// </summary>
internal static class RocarsCodes
{
    public static string Code<TEnum>(this TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.Codes[Array.IndexOf(Table<TEnum>.Values, value)];

    public static bool TryParse<TEnum>(string code, out TEnum value)
        where TEnum : struct, Enum
    {
        var i = Array.IndexOf(Table<TEnum>.Codes, code);
        value = i < 0 ? default : Table<TEnum>.Values[i];
        return i >= 0;
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly TEnum[] Values = Enum.GetValues<TEnum>();
        public static readonly string[] Codes = [.. Values.Select(v => v.ToString().ToUpperInvariant())];
    }
}
