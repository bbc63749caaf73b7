using Microsoft.AspNetCore.Http;
using Strangler.Legacy.Platform.Store;
using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Time;
using Strangler.Legacy.Rocars.Bundling;
using Strangler.Legacy.Rocars.Lodging;
using Strangler.Legacy.Rocars.Reading;
using Strangler.Legacy.Rocars.Store;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.Rocars;

/// <summary>
/// The legacy ROCARS behind its HTTP endpoints: every request at a given received-at, so that the
/// endpoints, the tests and the history generator drive the same write path. Each write is one
/// transaction, recorded once per key and MessageId and replayed byte for byte.
/// </summary>
public sealed class RocarsProcessor
{
    public const string AciPath = "/rocars/xml/v1/aci";
    public const string SsddPath = "/rocars/xml/v1/ssdd";
    public const string BundlesPath = "/rocars/xml/v1/bundles";
    public const string ClearancePath = "/rocars/xml/v1/clearance";

    private readonly RocarsDatabase database;
    private readonly AciLodging lodging;
    private readonly BundleMaking bundling;

    internal RocarsProcessor(RocarsDatabase database, AciLodging lodging, BundleMaking bundling)
    {
        this.database = database;
        this.lodging = lodging;
        this.bundling = bundling;
    }

    /// <summary>POST /aci (<see cref="RocarsEndpoint.Aci"/>) or /ssdd (<see cref="RocarsEndpoint.Ssdd"/>): an AciResponse.</summary>
    public Task<ContractAnswer> SubmitAciAsync(
        ClientAuthority client, RocarsEndpoint endpoint, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken)
    {
        if (endpoint is not (RocarsEndpoint.Aci or RocarsEndpoint.Ssdd))
        {
            throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "ACI submissions go to /aci or /ssdd.");
        }

        var at = ReceivedAt(receivedAt);
        var request = RocarsRequests.DecodeAci(body, endpoint, new CheckContext(at, client));
        var issued = facade?.IssuedFor("aci");
        return TakenReferences.RefuseAsync(facade, () => RecordOnceAsync(
            client, request, id => RequestIdentity.OfPost(client.Key, id, endpoint == RocarsEndpoint.Ssdd ? SsddPath : AciPath, body.Span), at,
            errors => RocarsWriter.Write(AciResponse.Rejected(request.AnswerMessageId, at, errors)),
            (connection, transaction) => lodging.LodgeAsync(connection, transaction, client, endpoint, request, at, issued),
            cancellationToken));
    }

    /// <summary>POST /bundles: a BundleResponse (BUNDLED or REJECTED).</summary>
    public Task<ContractAnswer> SubmitBundleAsync(
        ClientAuthority client, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade, CancellationToken cancellationToken)
    {
        var at = ReceivedAt(receivedAt);
        var request = RocarsRequests.DecodeBundle(body, new CheckContext(at, client));
        var issued = facade?.IssuedFor("bundle");
        return TakenReferences.RefuseAsync(facade, () => RecordOnceAsync(
            client, request, id => RequestIdentity.OfPost(client.Key, id, BundlesPath, body.Span), at,
            errors => RocarsWriter.Write(BundleResponse.Rejected(request.AnswerMessageId, at, errors)),
            (connection, transaction) => bundling.BundleAsync(connection, transaction, client, request, at, issued),
            cancellationToken));
    }

    /// <summary>DELETE /bundles/{bundleRef} with X-Message-Id: a BundleResponse (UNBUNDLED or REJECTED).</summary>
    public Task<ContractAnswer> DeleteBundleAsync(
        ClientAuthority client, string bundleRef, string? messageId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var at = ReceivedAt(receivedAt);
        var request = RocarsRequests.DecodeBundleDelete(messageId, bundleRef, new CheckContext(at, client));
        return RecordOnceAsync(
            client, request, id => RequestIdentity.OfDelete(client.Key, id, BundlesPath + "/{bundleRef}", bundleRef), at,
            errors => RocarsWriter.Write(BundleResponse.Rejected(request.AnswerMessageId, at, errors)),
            (connection, transaction) => BundleUnmaking.UnbundleAsync(connection, transaction, client, request, at),
            cancellationToken);
    }

    /// <summary>GET /aci/{ccrn}: the AciRecord, or 404 when malformed, unknown or not the caller's to see.</summary>
    public async Task<ContractAnswer> ReadAciAsync(ClientAuthority client, string ccrn, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var at = ReceivedAt(receivedAt);
        return Xml(await database.Legacy.ReadAsync(c => AciRecords.ReadAsync(c, client, ccrn, at), cancellationToken));
    }

    /// <summary>GET /clearance?vrn&amp;controlPoint: the ClearanceInstruction, or 404.</summary>
    public async Task<ContractAnswer> ReadClearanceAsync(
        ClientAuthority client, string? vrn, string? controlPoint, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var at = ReceivedAt(receivedAt);
        return Xml(await database.Legacy.ReadAsync(c => Clearance.ReadAsync(c, client, vrn, controlPoint, at), cancellationToken));
    }

    private static DateTimeOffset ReceivedAt(DateTimeOffset t) => HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(t));

    private static ContractAnswer Xml(byte[]? answer) => answer is null ? ContractAnswer.NotFound : ContractAnswer.Xml(answer);

    /// <summary>
    /// The idempotency of rocars.md: R001 (and an answer without MessageId) is answered without the store;
    /// a recorded MessageId replays its answer for the same content, else is answered with the request's
    /// own R002/R040/R041 or with R003, unrecorded; otherwise the request is claimed in the log first,
    /// processed and its answer recorded in the same transaction.
    /// </summary>
    private async Task<ContractAnswer> RecordOnceAsync<TDocument>(
        ClientAuthority client,
        RocarsRequest<TDocument> request,
        Func<string, RequestIdentity> identify,
        DateTimeOffset receivedAt,
        Func<IReadOnlyList<ContractError>, byte[]> reject,
        Func<DbConnection, DbTransaction, Task<byte[]>> process,
        CancellationToken cancellationToken)
        where TDocument : class
    {
        if (!request.IsRecorded || request.AnswerMessageId.Length == 0)
        {
            return ContractAnswer.Xml(reject(request.Errors));
        }

        var identity = identify(request.AnswerMessageId);

        // A resend is answered without queueing for the writer.
        var recorded = await database.Legacy.ReadAsync(c => RequestLog.FindAsync(c, null, identity.ClientKey, identity.MessageId), cancellationToken);
        if (recorded is not null)
        {
            return ContractAnswer.Xml(Replay(recorded));
        }

        var answer = await database.Legacy.WriteAsync(
            async (connection, transaction) =>
            {
                var logId = await database.NextIdAsync(connection, transaction, "RCS_REQUEST_LOG");
                if (!await RequestLog.TryClaimAsync(connection, transaction, logId, identity, StoreCodes.Local(receivedAt)))
                {
                    // A concurrent duplicate claimed first and has committed: answer as a resend.
                    var first = await RequestLog.FindAsync(connection, transaction, identity.ClientKey, identity.MessageId);
                    return Replay(first ?? throw new InvalidOperationException("A claimed request log row vanished."));
                }

                var answer = request.IsRejectedAlone ? reject(request.Errors) : await process(connection, transaction);
                await RequestLog.RecordAnswerAsync(connection, transaction, logId, answer);
                return answer;
            },
            cancellationToken);
        return ContractAnswer.Xml(answer);

        byte[] Replay(LoggedRequest logged) =>
            logged.HasSameContent(identity) ? logged.AnswerBody
            : request.IsRejectedAlone ? reject(request.Errors)
            : reject([RocarsErrors.Error(RocarsErrors.R003, "MessageId")]);
    }
}
