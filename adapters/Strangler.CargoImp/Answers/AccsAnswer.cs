using Strangler.CargoImp.Lines;
using Strangler.Contracts.Checking;

namespace Strangler.CargoImp.Answers;

/// <summary>
/// The answer to each ACCS message: <c>FMA/1</c> with <c>ACK/ACCEPTED/&lt;receipt&gt;</c>, or
/// <c>FNA/1</c> with <c>ACK/&lt;code&gt;/&lt;fixed text&gt;</c>; then lines 1 and 2 of the message
/// received (<see cref="AnswerEcho"/>). Every line ends with CRLF.
/// </summary>
public static class AccsAnswer
{
    private const string Accept = "ACCEPTED";

    public static byte[] Accepted(ReadOnlySpan<byte> request, string receiptNumber)
    {
        if (!AccsReceiptNumber.IsWellFormed(receiptNumber))
        {
            throw new ArgumentException($"Not an ACCS receipt number: {receiptNumber}", nameof(receiptNumber));
        }

        return Write("FMA/1", $"ACK/{Accept}/{receiptNumber}", request);
    }

    /// <summary>The FNA for an ACCS error; its text is the code's fixed text whatever the error carries.</summary>
    public static byte[] Rejected(ReadOnlySpan<byte> request, ContractError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Rejected(request, error.Code);
    }

    public static byte[] Rejected(ReadOnlySpan<byte> request, string errorCode) =>
        Write("FNA/1", $"ACK/{errorCode}/{AccsErrors.Text(errorCode)}", request);

    public static bool TryRead(ReadOnlySpan<byte> answer, out AccsAnswerMessage? message)
    {
        message = null;
        if (!AnswerLines.TrySplit(answer, out var lines) || lines.Count is < 2 or > 4 || lines.Skip(2).Any(l => l.Length == 0))
        {
            return false;
        }

        var echo = new EquatableList<string>(lines.Skip(2));
        var ack = lines[1].Split('/', 3);
        if (ack.Length != 3 || ack[0] != "ACK")
        {
            return false;
        }

        if (lines[0] == "FMA/1" && ack[1] == Accept && AccsReceiptNumber.IsWellFormed(ack[2]))
        {
            message = new AccsAnswerMessage(true, ack[2], null, null, echo);
        }
        else if (lines[0] == "FNA/1" && AccsErrors.Codes.Contains(ack[1]))
        {
            message = new AccsAnswerMessage(false, null, ack[1], ack[2], echo);
        }

        return message is not null;
    }

    private static byte[] Write(string header, string ack, ReadOnlySpan<byte> request)
    {
        var w = new LineWriter().Line(header).Line(ack);
        foreach (var line in AnswerEcho.Lines(request))
        {
            w.Line(line);
        }

        return w.ToBytes();
    }
}
