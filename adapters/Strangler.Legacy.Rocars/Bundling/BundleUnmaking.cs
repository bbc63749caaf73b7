using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Legacy.Rocars.Store;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.Rocars.Bundling;

/// <summary>The store side of DELETE /bundles/{bundleRef}: R034 (unknown, not the caller's, or not live), then the unbundling.</summary>
internal static class BundleUnmaking
{
    public static async Task<byte[]> UnbundleAsync(
        DbConnection connection,
        DbTransaction transaction,
        ClientAuthority client,
        RocarsRequest<BundleDeletion> request,
        DateTimeOffset receivedAt)
    {
        var deletion = request.Document!;
        var at = StoreCodes.Local(receivedAt);
        var storeErrors = new List<ContractError>();
        BundleRow? bundle = null;
        if (request.Errors.Count == 0)
        {
            bundle = await BundleStore.LockAsync(connection, transaction, deletion.BundleRef);
            if (bundle is null || bundle.OwnerKey != client.Key || !bundle.IsLiveAt(at))
            {
                storeErrors.Add(RocarsErrors.Error(RocarsErrors.R034, "bundleRef"));
            }
        }

        var errors = request.WithStoreErrors(storeErrors);
        if (errors.Count > 0)
        {
            return RocarsWriter.Write(BundleResponse.Rejected(request.AnswerMessageId, receivedAt, errors));
        }

        await BundleStore.UnbundleAsync(connection, transaction, bundle!.BundleId, at, deletion.MessageId);
        return RocarsWriter.Write(BundleResponse.Unbundled(deletion.MessageId, deletion.BundleRef, receivedAt));
    }
}
