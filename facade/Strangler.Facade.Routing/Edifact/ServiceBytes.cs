namespace Strangler.Facade.Routing.Edifact;

/// <summary>The service characters of an interchange as bytes (UNA, or the defaults <c>:+.? '</c>).</summary>
internal readonly record struct ServiceBytes(byte Component, byte Element, byte Release, byte Terminator)
{
    public static ServiceBytes Default { get; } = new((byte)':', (byte)'+', (byte)'?', (byte)'\'');

    /// <summary>
    /// Reads the six characters after <c>UNA</c>. Only ASCII is accepted: a multi-byte character would shift the
    /// six positions, and the systems reject such an interchange anyway. The functional characters must be usable
    /// as the codec judges them (distinct, no letter, digit, CR or LF), so the facade and the systems agree on
    /// what is readable.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> six, out ServiceBytes service)
    {
        service = default;
        if (six.Length != 6)
        {
            return false;
        }

        foreach (var b in six)
        {
            if (b >= 0x80)
            {
                return false;
            }
        }

        ReadOnlySpan<byte> functional = [six[0], six[1], six[2], six[3], six[5]];
        for (var i = 0; i < functional.Length; i++)
        {
            var c = (char)functional[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '\r' or '\n')
            {
                return false;
            }

            for (var j = i + 1; j < functional.Length; j++)
            {
                if (functional[i] == functional[j])
                {
                    return false;
                }
            }
        }

        if (six[4] is (byte)'\r' or (byte)'\n')
        {
            return false;
        }

        service = new(six[0], six[1], six[3], six[5]);
        return true;
    }
}
