using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Lines;
using Strangler.Contracts.Checking;

namespace Strangler.CargoImp;

/// <summary>
/// Decodes an ACCS request body (UTF-8 bytes) into an FWB, FHL or FFM, applying every check of
/// accs.md "Checks and their order" that needs no stored state: A002, A003, A001, per line A004,
/// A010, A016 (only when the context names a client), A012, A014, then A011 and A013. A015 and A020
/// need stored state and belong to the callers. Bad input never throws.
/// </summary>
public static class CargoImpDecoder
{
    public static CargoImpDecodeResult Decode(ReadOnlyMemory<byte> body, CheckContext context) => Decode(body.Span, context);

    public static CargoImpDecodeResult Decode(ReadOnlySpan<byte> body, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var error = LineReader.Read(body, out var lines, out var type);
        if (error is not null)
        {
            return new(error.Code == AccsErrors.UnknownMessageType ? null : TypeOf(lines), null, error);
        }

        CargoImpMessage? message;
        switch (type)
        {
            case CargoImpMessageType.Fwb:
                error = FwbReader.Read(lines, context, out var fwb);
                message = fwb;
                break;
            case CargoImpMessageType.Fhl:
                error = FhlReader.Read(lines, context, out var fhl);
                message = fhl;
                break;
            default:
                error = FfmReader.Read(lines, context, out var ffm);
                message = ffm;
                break;
        }

        return new(type, message, error);
    }

    // A002/A003 come before line 1 is looked at; still say what the message claims to be when it can be told.
    private static CargoImpMessageType? TypeOf(List<string> lines) =>
        lines.Count > 0 && CargoImpMessageTypes.TryParseIdentifier(lines[0], out var t) ? t : null;
}
