using System.Collections.Frozen;
using System.Text;

namespace Strangler.Core.Model.Canonical;

/// <summary>The UTF-8 member names of an enum type, looked up once; a value without a member renders as its number, as <see cref="Enum.ToString()"/> does.</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, byte[]> Names =
        Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => Encoding.UTF8.GetBytes(v.ToString()));

    public static ReadOnlySpan<byte> Of(T value) =>
        Names.TryGetValue(value, out var name) ? name : Encoding.UTF8.GetBytes(value.ToString());
}
