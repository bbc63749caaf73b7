using Strangler.Contracts.Checking;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// The EMAN answers (eman.md, "Acknowledgement" and "Notices") built on the core's CUSRES model:
/// <c>RFF+ABT GIS+AC [GIS+LT]</c> for an accepted original or amendment, <c>RFF+ABT GIS+CX</c> for
/// an accepted cancellation, error groups for a rejection, and detention notices / release vouchers.
/// </summary>
public static class EmanAnswers
{
    /// <summary>The acknowledgement of an accepted manifest; lateness is judged at this version's received-at.</summary>
    public static CusresMessage Accepted(AnswerSubject subject, CuscarManifest manifest, DateTimeOffset receivedAt, string emanRef)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return AcceptedStatuses(subject, receivedAt, emanRef, Statuses(manifest, receivedAt));
    }

    /// <summary>The GIS codes of an accepted manifest: <c>[CX]</c>, <c>[AC]</c> or <c>[AC, LT]</c>.</summary>
    public static IReadOnlyList<string> Statuses(CuscarManifest manifest, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.Function == ManifestFunction.Cancellation)
        {
            return [CusresAnswers.Cancelled];
        }

        return StatementTwoLateness.IsLate(manifest, receivedAt) ? [CusresAnswers.Accepted, CusresAnswers.Late] : [CusresAnswers.Accepted];
    }

    /// <summary>An acknowledgement with given statuses (a GET of a stored version replays its recorded ones).</summary>
    public static CusresMessage AcceptedStatuses(AnswerSubject subject, DateTimeOffset receivedAt, string emanRef, IEnumerable<string> statuses) =>
        CusresAnswers.Acceptance(EdifactInterface.Eman, subject, receivedAt, emanRef, statuses);

    public static CusresMessage Rejected(AnswerSubject subject, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        CusresAnswers.Rejection(EdifactInterface.Eman, subject, receivedAt, errors);

    /// <summary>
    /// A detention notice or release voucher: the CNI lines of the consignments concerned (by
    /// sequence, in sequence order, as in <paramref name="version"/>).
    /// </summary>
    public static CusresMessage Notice(
        int position, string emanRef, DateTimeOffset issuedAt, long cursor, bool isRelease,
        CuscarManifest version, IEnumerable<int> consignmentSequences)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(consignmentSequences);
        var wanted = consignmentSequences.ToHashSet();
        var lines = version.Consignments
            .Select((c, i) => (Seq: i + 1, Consignment: c))
            .Where(x => wanted.Contains(x.Seq))
            .Select(x => new CusresConsignment(x.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture), x.Consignment.TransportDocumentNumber));
        return CusresAnswers.Notice(position, emanRef, issuedAt, cursor, isRelease, lines);
    }
}
