using Strangler.Contracts.Checking;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cusres;

/// <summary>
/// Builds CUSRES messages as pure functions of their inputs (no store, no clock): acceptances,
/// rejections, the queued answer, the envelope rejection, feed entries and EMAN notices.
/// </summary>
public static class CusresAnswers
{
    public const string Accepted = "AC";
    public const string Cancelled = "CX";
    public const string Queued = "QD";
    public const string Late = "LT";
    public const string DetentionNotice = "DN";
    public const string ReleaseVoucher = "RV";

    /// <summary>
    /// An accepted message: the common opening, RFF+ABT, the statuses, the amounts. GETS:
    /// <c>[AC] + MOA 161/55/56</c> or <c>[CX]</c>; EMAN: <c>[AC]</c>, <c>[AC, LT]</c> or <c>[CX]</c>.
    /// </summary>
    public static CusresMessage Acceptance(
        EdifactInterface edifactInterface,
        AnswerSubject subject,
        DateTimeOffset receivedAt,
        string issuedReference,
        IEnumerable<string> statuses,
        IEnumerable<CusresAmount>? amounts = null) =>
        Opening(edifactInterface, subject, receivedAt, accepted: true) with
        {
            IssuedReference = issuedReference,
            Statuses = statuses.ToEquatableList(),
            Amounts = (amounts ?? []).ToEquatableList(),
        };

    /// <summary>A rejected message: the common opening with 27, then one error group per error, in the order given.</summary>
    public static CusresMessage Rejection(
        EdifactInterface edifactInterface, AnswerSubject subject, DateTimeOffset receivedAt, IEnumerable<ContractError> errors)
    {
        var list = errors.Select(e => e with { Where = null }).ToEquatableList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A rejection carries at least one error.", nameof(errors));
        }

        return Opening(edifactInterface, subject, receivedAt, accepted: false) with { Errors = list };
    }

    /// <summary>Legacy GETS outside service hours: the common opening with 29 and <c>GIS+QD:HKS</c>.</summary>
    public static CusresMessage QueuedAnswer(AnswerSubject subject, DateTimeOffset receivedAt) =>
        Opening(EdifactInterface.Gets, subject, receivedAt, accepted: true) with { Statuses = EquatableList.Of(Queued) };

    /// <summary>
    /// The single message answering a rejected envelope: UNH ref 1, BGM with the echoed interchange
    /// ref (or empty) and 27, DTM+182, RFF+ACW with the interchange ref alone, one error group.
    /// </summary>
    public static CusresMessage EnvelopeRejection(InterchangeEnvelope request, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        var error = request.Rejection ?? throw new ArgumentException("The envelope was accepted.", nameof(request));
        var icref = request.EchoedInterchangeRef;
        return new CusresMessage
        {
            Reference = "1",
            Association = request.Interface.AnswerAssociation(),
            DocumentNumber = icref,
            Accepted = false,
            IssuedAt = CusresTime.ToMinute(receivedAt),
            AnsweredInterchangeRef = icref,
            Errors = EquatableList.Of(error with { Where = null }),
        };
    }

    /// <summary>An acknowledgement as the GETS feed carries it: UNH/UNT ref <paramref name="position"/> (1..n) and RFF+ACD after RFF+ACW.</summary>
    public static CusresMessage FeedEntry(CusresMessage answered, int position, long cursor)
    {
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cursor, 1);
        return answered with
        {
            Reference = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Cursor = cursor.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// An EMAN notice (eman.md, "Notices"): BGM+962+EMAN ref+29, DTM+182 issued at, RFF+ACD cursor,
    /// GIS+DN|RV, the consignments' CNI lines, and the fixed text.
    /// </summary>
    public static CusresMessage Notice(
        int position, string emanRef, DateTimeOffset issuedAt, long cursor, bool isRelease, IEnumerable<CusresConsignment> consignments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cursor, 1);
        return new CusresMessage
        {
            Reference = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Association = EdifactInterface.Eman.AnswerAssociation(),
            DocumentNumber = emanRef,
            Accepted = true,
            IssuedAt = CusresTime.ToMinute(issuedAt),
            Cursor = cursor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Statuses = EquatableList.Of(isRelease ? ReleaseVoucher : DetentionNotice),
            Consignments = consignments.ToEquatableList(),
            NoticeText = isRelease ? "RELEASED" : "DETAINED FOR EXAMINATION",
        };
    }

    /// <summary>A complete answer interchange.</summary>
    public static CusresInterchange Interchange(AnswerEnvelope envelope, IEnumerable<CusresMessage> messages) =>
        new(envelope, messages.ToEquatableList());

    private static CusresMessage Opening(EdifactInterface edifactInterface, AnswerSubject subject, DateTimeOffset receivedAt, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new CusresMessage
        {
            Reference = subject.MessageRef,
            Association = edifactInterface.AnswerAssociation(),
            DocumentNumber = subject.DocumentNumber,
            Accepted = accepted,
            IssuedAt = CusresTime.ToMinute(receivedAt),
            AnsweredInterchangeRef = subject.InterchangeRef,
            AnsweredMessageRef = subject.MessageRef,
        };
    }
}
