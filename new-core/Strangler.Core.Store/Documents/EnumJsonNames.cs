using System.Collections.Frozen;
using System.Text.Json;

namespace Strangler.Core.Store.Documents;

/// <summary>The encoded member names of an enum type, looked up once, as <c>JsonStringEnumConverter</c> writes them.</summary>
internal static class EnumJsonNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, JsonEncodedText> Names =
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(v.ToString()));

    public static bool TryGet(T value, out JsonEncodedText name) => Names.TryGetValue(value, out name);
}
