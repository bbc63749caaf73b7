using System.Globalization;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Time;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Cusres;

/// <summary>
/// Reads a CUSRES answer interchange (of either system) back into the model, for the parity engine
/// and tests. Never throws on input: anything it cannot place is returned as a problem text.
/// </summary>
public static class CusresReader
{
    public static CusresReadResult Read(ReadOnlySpan<byte> body)
    {
        var interchange = EdifactReader.Read(body);
        if (!interchange.IsValidUtf8)
        {
            return Fail("invalid UTF-8");
        }

        var segments = interchange.Segments;
        if (segments.Count < 2 || segments[0].Tag != "UNB" || segments[^1].Tag != "UNZ")
        {
            return Fail("no UNB ... UNZ");
        }

        if (segments.Any(s => s.HasCharacterFault || !s.IsTerminated))
        {
            return Fail("character fault or unterminated segment");
        }

        var unb = segments[0];
        if (!TryTime(unb.Value(4, 1) + unb.Value(4, 2), "yyMMddHHmm", out var prepared))
        {
            return Fail("UNB date/time");
        }

        var envelope = new AnswerEnvelope(unb.Value(1, 1), unb.Value(1, 2), unb.Value(2), unb.Value(3), prepared, unb.Value(5));
        var messages = new List<CusresMessage>();
        var i = 1;
        while (i < segments.Count - 1)
        {
            var end = i;
            while (end < segments.Count - 1 && segments[end].Tag != "UNT")
            {
                end++;
            }

            if (segments[i].Tag != "UNH" || end >= segments.Count - 1)
            {
                return Fail($"segment {i + 1}: expected UNH ... UNT");
            }

            var message = ReadMessage(segments, i, end, out var problem);
            if (message is null)
            {
                return Fail($"message {messages.Count + 1}: {problem}");
            }

            messages.Add(message);
            i = end + 1;
        }

        var unz = segments[^1];
        if (unz.Value(1) != messages.Count.ToString(CultureInfo.InvariantCulture) || unz.Value(2) != envelope.InterchangeRef)
        {
            return Fail("UNZ count or ref");
        }

        return new CusresReadResult(new CusresInterchange(envelope, messages.ToEquatableList()), null);
    }

    private static CusresMessage? ReadMessage(IReadOnlyList<Segment> s, int from, int to, out string? problem)
    {
        problem = null;
        var unh = s[from];
        var unt = s[to];
        if (unh.Value(2, 1) != CusresWriter.MessageType || unt.Value(2) != unh.Value(1) ||
            unt.Value(1) != (to - from + 1).ToString(CultureInfo.InvariantCulture))
        {
            problem = "UNH type or UNT count/ref";
            return null;
        }

        if (to - from < 3 || s[from + 1] is not { Tag: "BGM" } bgm || s[from + 2] is not { Tag: "DTM" } dtm ||
            dtm.Value(1) != "182" || !TryTime(dtm.Value(1, 2), "yyyyMMddHHmm", out var issued) || bgm.Value(3) is not ("29" or "27"))
        {
            problem = "BGM or DTM+182";
            return null;
        }

        var statuses = new List<string>();
        var amounts = new List<CusresAmount>();
        var consignments = new List<CusresConsignment>();
        var errors = new List<ContractError>();
        string? acwIc = null, acwMsg = null, cursor = null, abt = null, notice = null, pendingCode = null;
        for (var i = from + 3; i < to; i++)
        {
            var seg = s[i];
            switch (seg.Tag, seg.Value(1))
            {
                case ("RFF", "ACW"):
                    acwIc = seg.Value(1, 2);
                    acwMsg = seg.Components(1).Count > 2 ? seg.Value(1, 3) : null;
                    break;
                case ("RFF", "ACD"): cursor = seg.Value(1, 2); break;
                case ("RFF", "ABT"): abt = seg.Value(1, 2); break;
                case ("GIS", _): statuses.Add(seg.Value(1)); break;
                case ("MOA", _): amounts.Add(new CusresAmount(seg.Value(1), seg.Value(1, 2))); break;
                case ("CNI", _): consignments.Add(new CusresConsignment(seg.Value(1), seg.Value(2))); break;
                case ("ERP", _): break;
                case ("ERC", _): pendingCode = seg.Value(1); break;
                case ("FTX", "AAO"):
                    if (pendingCode is null)
                    {
                        notice = FreeText.Join(seg);
                    }
                    else
                    {
                        errors.Add(new ContractError(pendingCode, FreeText.Join(seg)));
                        pendingCode = null;
                    }

                    break;
                default:
                    problem = $"unexpected {seg.Tag}";
                    return null;
            }
        }

        return new CusresMessage
        {
            Reference = unh.Value(1),
            Association = unh.Value(2, 5),
            DocumentNumber = bgm.Value(2),
            Accepted = bgm.Value(3) == "29",
            IssuedAt = issued,
            AnsweredInterchangeRef = acwIc,
            AnsweredMessageRef = acwMsg,
            Cursor = cursor,
            IssuedReference = abt,
            Statuses = statuses.ToEquatableList(),
            Amounts = amounts.ToEquatableList(),
            Consignments = consignments.ToEquatableList(),
            NoticeText = notice,
            Errors = errors.ToEquatableList(),
        };
    }

    private static bool TryTime(string text, string format, out DateTimeOffset at)
    {
        at = default;
        if (!DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        at = HongKongTime.FromLocal(local);
        return true;
    }

    private static CusresReadResult Fail(string problem) => new(null, problem);
}

/// <summary>A read answer, or why it could not be read.</summary>
public sealed record CusresReadResult(CusresInterchange? Answer, string? Problem)
{
    public bool IsRead => Answer is not null;
}
