using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Risk.Outcomes;
using Strangler.Edifact.Cuscar;
using ModelDirection = Strangler.Core.Model.Transport.TradeDirection;

namespace Strangler.Core.Eman.Notices;

/// <summary>
/// Cargo clearance of an accepted Statement 1 import (original or amendment): each consignment is assessed; those the
/// channel detains, and that this EMAN ref has not detained before, get one detention notice for the version.
/// Assessment runs before the lodging's write transaction (a decision depends only on the subject, and clearance keeps
/// its own transaction); the notice is written inside it, with the version it belongs to.
/// </summary>
internal sealed class ManifestClearance(ICargoClearance clearance)
{
    /// <summary>True for the manifests clearance assesses: Statement 1 imports that are not cancellations.</summary>
    public static bool Applies(CuscarManifest manifest) =>
        manifest.Function != ManifestFunction.Cancellation && manifest.Statement == StatementType.Statement1 &&
        manifest.DirectionCode == ManifestCodes.Import;

    /// <summary>
    /// Assesses each consignment whose transport document is not in <paramref name="already"/> and returns those the
    /// channel detains as CNI lines (sequence, document number).
    /// </summary>
    public async Task<IReadOnlyList<(int Sequence, string DocumentNumber)>> DetainedByChannelAsync(
        CuscarManifest manifest, IReadOnlySet<string> already, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var canonical = ManifestMapper.Map(manifest);
        var mode = canonical.Trip.Conveyance.Mode ?? throw new InvalidOperationException("An accepted manifest has a mode.");
        var detained = new List<(int Sequence, string DocumentNumber)>();
        for (var i = 0; i < canonical.Consignments.Count; i++)
        {
            var document = manifest.Consignments[i].TransportDocumentNumber;
            if (already.Contains(document))
            {
                continue;
            }

            var subject = RiskSubjects.Consignment(document, canonical.Consignments[i], mode, ModelDirection.Import, canonical.Trip, receivedAt);
            var decision = await clearance.AssessAsync(subject, cancellationToken);
            if (ChannelOutcomes.EmanDetains(decision.Channel))
            {
                detained.Add((i + 1, document));
            }
        }

        return detained;
    }
}
