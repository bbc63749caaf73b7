using Strangler.Contracts.Clients;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Api.Access;

/// <summary>
/// Which stored documents a client key may see through the API: those it lodged; road lodgements and bundles for drivers
/// (as ROCARS shows any CCRN to a driver); manifests of carriers it acts for; air cargo of air waybill prefixes it acts for;
/// and cargo whose consignor or consignee carries a BR number the key acts for (the trader's own goods, for data reuse).
/// </summary>
internal static class Visibility
{
    public static bool MaySee(ClientAuthority client, StoredDocument head, CanonicalDocument? content)
    {
        if (head.ClientKey == client.Key)
        {
            return true;
        }

        return content switch
        {
            RoadLodgement l => client.Has(ClientRole.RocarsDriver) || IsTraders(client, l.Consignment),
            Bundle => client.Has(ClientRole.RocarsDriver),
            Manifest m => (m.Carrier.Identifier is { } carrier && client.MayActForCarrier(carrier)) || m.Consignments.Any(c => IsTraders(client, c)),
            AirWaybillStatus s => client.MayActForPrefix(PrefixOf(s.AirWaybillNumber)),
            CargoReport r => r.Consignments.Any(c => (c.Document is { } d && client.MayActForPrefix(PrefixOf(d.Number))) || IsTraders(client, c)),
            _ => false,
        };
    }

    private static bool IsTraders(ClientAuthority client, Consignment c) =>
        (c.Consignee?.BrNumber is { } consignee && client.MayActForBr(consignee)) ||
        (c.Consignor?.BrNumber is { } consignor && client.MayActForBr(consignor));

    private static string PrefixOf(string airWaybillNumber) => airWaybillNumber.Length >= 3 ? airWaybillNumber[..3] : airWaybillNumber;
}
