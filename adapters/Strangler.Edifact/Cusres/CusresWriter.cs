using System.Globalization;
using Strangler.Edifact.Syntax;
using Strangler.Edifact.Writing;

namespace Strangler.Edifact.Cusres;

/// <summary>Writes a CUSRES answer interchange in canonical form (edifact.md, "The answer").</summary>
public static class CusresWriter
{
    public const string MessageType = "CUSRES";
    public const string Release = "96B";

    public static byte[] Write(CusresInterchange answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var e = answer.Envelope;
        var writer = new EdifactWriter(
            [e.SyntaxIdentifier, e.SyntaxVersion],
            [e.SenderId, "ZZZ"],
            [e.RecipientId, "ZZZ"],
            [e.PreparedAt.ToString("yyMMdd", CultureInfo.InvariantCulture), e.PreparedAt.ToString("HHmm", CultureInfo.InvariantCulture)],
            [e.InterchangeRef]);
        foreach (var message in answer.Messages)
        {
            WriteMessage(writer, message);
        }

        return writer.Finish(e.InterchangeRef);
    }

    private static void WriteMessage(EdifactWriter w, CusresMessage m)
    {
        w.BeginMessage(m.Reference, MessageType, "D", Release, "UN", m.Association);
        w.Segment("BGM", ["962"], [m.DocumentNumber], [m.Accepted ? "29" : "27"]);
        w.Segment("DTM", ["182", CusresTime.ToMinute(m.IssuedAt).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture), "203"]);
        if (m.AnsweredInterchangeRef is not null)
        {
            w.Segment("RFF", ["ACW", m.AnsweredInterchangeRef, m.AnsweredMessageRef]);
        }

        if (m.Cursor is not null)
        {
            w.Segment("RFF", ["ACD", m.Cursor]);
        }

        if (m.IssuedReference is not null)
        {
            w.Segment("RFF", ["ABT", m.IssuedReference]);
        }

        foreach (var status in m.Statuses)
        {
            w.Segment("GIS", [status, "HKS"]);
        }

        foreach (var amount in m.Amounts)
        {
            w.Segment("MOA", [amount.Qualifier, amount.Amount, "HKD"]);
        }

        foreach (var consignment in m.Consignments)
        {
            w.Segment("CNI", [consignment.Sequence], [consignment.TransportDocumentNumber]);
        }

        if (m.NoticeText is not null)
        {
            w.Segment("FTX", ["AAO"], [], [], FreeText.Split(m.NoticeText));
        }

        foreach (var error in m.Errors)
        {
            w.Segment("ERP", ["1"]);
            w.Segment("ERC", [error.Code, "HKE"]);
            w.Segment("FTX", ["AAO"], [], [], FreeText.Split(error.Text));
        }

        w.EndMessage(m.Reference);
    }
}
