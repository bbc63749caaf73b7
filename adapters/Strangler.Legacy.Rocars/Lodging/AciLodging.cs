using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Time;
using Strangler.Legacy.Rocars.Store;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Legacy.Rocars.Lodging;

/// <summary>
/// The store side of POST /aci and /ssdd: R020 (CCRN unknown, not the caller's through this channel, or
/// cancelled), R021 (in a live bundle), then the new ACI, the new version, or the cancellation.
/// </summary>
internal sealed class AciLodging(RocarsDatabase numbers)
{
    public async Task<byte[]> LodgeAsync(
        DbConnection connection,
        DbTransaction transaction,
        ClientAuthority client,
        RocarsEndpoint endpoint,
        RocarsRequest<AciSubmission> request,
        DateTimeOffset receivedAt,
        string? issuedCcrn)
    {
        var submission = request.Document!;
        var storeErrors = new List<ContractError>();
        AciRow? aci = null;
        if (!request.IsRejectedAlone && submission.Function != AciFunction.Original && RocarsReferences.IsCcrn(submission.Ccrn))
        {
            aci = await AciStore.LockAsync(connection, transaction, submission.Ccrn!);
            if (aci is null || aci.OwnerKey != client.Key || aci.ChannelCd.Trim() != StoreCodes.Channel(endpoint) || aci.IsCancelled)
            {
                // Someone else's ACI is unknown to the caller: R020 alone, nothing said about its bundle.
                storeErrors.Add(RocarsErrors.Error(RocarsErrors.R020, "Ccrn"));
            }
            else if (await BundleStore.LiveBundleRefOfAsync(connection, transaction, aci.AciId, StoreCodes.Local(receivedAt)) is not null)
            {
                storeErrors.Add(RocarsErrors.Error(RocarsErrors.R021, "Ccrn"));
            }
        }

        var errors = request.WithStoreErrors(storeErrors);
        if (errors.Count > 0)
        {
            return RocarsWriter.Write(AciResponse.Rejected(request.AnswerMessageId, receivedAt, errors));
        }

        var ccrn = submission.Function == AciFunction.Original
            ? await LodgeOriginalAsync(connection, transaction, client, endpoint, submission, receivedAt, issuedCcrn)
            : await AddVersionAsync(connection, transaction, client, aci!, submission, receivedAt);
        return RocarsWriter.Write(AciResponse.Accepted(request.AnswerMessageId, ccrn, receivedAt));
    }

    private async Task<string> LodgeOriginalAsync(
        DbConnection connection, DbTransaction transaction, ClientAuthority client, RocarsEndpoint endpoint, AciSubmission submission,
        DateTimeOffset receivedAt, string? issuedCcrn)
    {
        var ccrn = issuedCcrn ?? RocarsReferences.NewCcrn(
            HongKongTime.Date(receivedAt), await numbers.NextDailyAsync(connection, transaction, RocarsDatabase.CcrnSequence, HongKongTime.Date(receivedAt)));
        var aci = new AciRow
        {
            AciId = await numbers.NextIdAsync(connection, transaction, "RCS_ACI"),
            Ccrn = ccrn,
            OwnerKey = client.Key,
            ChannelCd = StoreCodes.Channel(endpoint),
            StatusCd = StoreCodes.AciActive,
            CurrVersionNo = 1,
        };
        await AciStore.InsertAsync(connection, transaction, aci, StoreCodes.Local(receivedAt));
        await AciStore.InsertVersionAsync(connection, transaction, AciStore.NewVersion(aci.AciId, 1, submission, client.Key, receivedAt), submission.Lodgement);
        return ccrn;
    }

    private static async Task<string> AddVersionAsync(
        DbConnection connection, DbTransaction transaction, ClientAuthority client, AciRow aci, AciSubmission submission, DateTimeOffset receivedAt)
    {
        var versionNo = aci.CurrVersionNo + 1;
        await AciStore.InsertVersionAsync(connection, transaction, AciStore.NewVersion(aci.AciId, versionNo, submission, client.Key, receivedAt), submission.Lodgement);
        var status = submission.Function == AciFunction.Cancel ? StoreCodes.AciCancelled : StoreCodes.AciActive;
        await AciStore.SetCurrentVersionAsync(connection, transaction, aci.AciId, versionNo, status);
        return aci.Ccrn;
    }
}
