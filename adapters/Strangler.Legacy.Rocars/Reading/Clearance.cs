using System.Data.Common;
using Strangler.Contracts.Clients;
using Strangler.Legacy.Rocars.Store;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Legacy.Rocars.Reading;

/// <summary>
/// GET /clearance?vrn&amp;controlPoint: the GO/STOP decided when the chosen live bundle was accepted, issued at
/// its received-at; null (404) for a caller without the driver role, an invalid query, or no live bundle.
/// </summary>
internal static class Clearance
{
    public static async Task<byte[]?> ReadAsync(DbConnection connection, ClientAuthority client, string? vrn, string? controlPoint, DateTimeOffset receivedAt)
    {
        if (!RocarsRoles.MayCall(RocarsEndpoint.Clearance, client) || !RocarsRequests.IsClearanceQuery(vrn, controlPoint))
        {
            return null;
        }

        var bundle = await BundleStore.ClearanceAsync(connection, vrn!, controlPoint!, StoreCodes.Local(receivedAt));
        return bundle is null
            ? null
            : RocarsWriter.Write(new ClearanceInstruction(
                bundle.Vrn.Trim(),
                bundle.BundleRef,
                bundle.ControlPoint.TrimEnd(),
                StoreCodes.Instruction(bundle.InstructionCd),
                StoreCodes.Instant(bundle.ReceivedAt)));
    }
}
