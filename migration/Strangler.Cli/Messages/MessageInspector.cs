using Strangler.Contracts.Checking;

namespace Strangler.Cli.Messages;

/// <summary>Detects which of the three syntaxes a body is in and hands it to that codec's check.</summary>
internal static class MessageInspector
{
    public enum Syntax
    {
        Edifact,
        RocarsXml,
        CargoImp,
    }

    public static Syntax Detect(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        var start = 0;
        while (start < body.Length && body[start] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        {
            start++;
        }

        body = body[start..];
        if (body.StartsWith("UNA"u8) || body.StartsWith("UNB"u8))
        {
            return Syntax.Edifact;
        }

        return !body.IsEmpty && body[0] == (byte)'<' ? Syntax.RocarsXml : Syntax.CargoImp;
    }

    public static MessageCheck Check(byte[] body, CheckContext context) => Detect(body) switch
    {
        Syntax.Edifact => Strangler.Edifact.EdifactCheck.Check(body, context),
        Syntax.RocarsXml => Strangler.RocarsXml.RocarsCheck.Check(body, context),
        _ => Strangler.CargoImp.CargoImpCheck.Check(body, context),
    };
}
