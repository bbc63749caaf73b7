namespace Strangler.Facade.Routing.Accs;

/// <summary>
/// Walks the lines of a Cargo-IMP body in place: a leading BOM is skipped, a line ends at LF, a CR before it and
/// trailing spaces are not part of the line (accs.md "Line syntax").
/// </summary>
internal ref struct CargoImpLines
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private ReadOnlySpan<byte> rest;

    public CargoImpLines(ReadOnlySpan<byte> body)
    {
        rest = body.StartsWith(ByteOrderMark) ? body[ByteOrderMark.Length..] : body;
    }

    public bool TryNext(out ReadOnlySpan<byte> line)
    {
        if (rest.IsEmpty)
        {
            line = default;
            return false;
        }

        var end = rest.IndexOf((byte)'\n');
        line = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[(end + 1)..];
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        line = line.TrimEnd((byte)' ');
        return true;
    }

    /// <summary>True when the line starts with an air waybill number <c>ddd-dddddddd</c>.</summary>
    public static bool StartsWithAirWaybill(ReadOnlySpan<byte> line)
    {
        if (line.Length < 12 || line[3] != (byte)'-')
        {
            return false;
        }

        for (var i = 0; i < 12; i++)
        {
            if (i != 3 && line[i] is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The air waybill at the start of a line (ASCII digits only, so no decoding question arises).</summary>
    public static string AirWaybill(ReadOnlySpan<byte> line) => System.Text.Encoding.ASCII.GetString(line[..12]);
}
