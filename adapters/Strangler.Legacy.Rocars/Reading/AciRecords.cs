using System.Data.Common;
using Strangler.Contracts.Clients;
using Strangler.Legacy.Rocars.Store;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Legacy.Rocars.Reading;

/// <summary>
/// GET /aci/{ccrn}: the AciRecord of the current version for the lodging key, and for drivers for any
/// CCRN; null (404) when malformed, unknown or not visible to the caller.
/// </summary>
internal static class AciRecords
{
    public static async Task<byte[]?> ReadAsync(DbConnection connection, ClientAuthority client, string ccrn, DateTimeOffset receivedAt)
    {
        if (!RocarsRoles.MayCall(RocarsEndpoint.AciRecord, client) || !RocarsReferences.IsCcrn(ccrn))
        {
            return null;
        }

        var aci = await AciStore.FindAsync(connection, null, ccrn);
        if (aci is null || (aci.OwnerKey != client.Key && !client.Has(ClientRole.RocarsDriver)))
        {
            return null;
        }

        var current = await AciStore.VersionAsync(connection, null, aci.AciId, aci.CurrVersionNo);
        var content = aci.IsCancelled ? await AciStore.VersionAsync(connection, null, aci.AciId, aci.ContentVersionNo) : current;
        var bundleRef = aci.IsCancelled ? null : await BundleStore.LiveBundleRefOfAsync(connection, null, aci.AciId, StoreCodes.Local(receivedAt));
        var status = aci.IsCancelled ? AciRecordStatus.Cancelled : bundleRef is null ? AciRecordStatus.Lodged : AciRecordStatus.Bundled;
        var record = new AciRecord(
            aci.Ccrn,
            status,
            aci.CurrVersionNo,
            StoreCodes.Instant(current.ReceivedAt),
            aci.ChannelCd.Trim() == StoreCodes.ChannelSsdd ? RocarsRequests.SsddSource : null,
            await AciStore.LodgementAsync(connection, null, content),
            bundleRef);
        return RocarsWriter.Write(record);
    }
}
