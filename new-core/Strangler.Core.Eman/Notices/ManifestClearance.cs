using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Risk.Outcomes;
using Strangler.Edifact.Cuscar;
using ModelDirection = Strangler.Core.Model.Transport.TradeDirection;

namespace Strangler.Core.Eman.Notices;

/// <summary>
/// Cargo clearance of an accepted Statement 1 import (original or amendment): each consignment is assessed; those the
/// channel detains, and that this EMAN ref has not detained before, get one detention notice for the version.
/// </summary>
internal sealed class ManifestClearance(ICargoClearance clearance, NoticeBoard notices)
{
    public async Task AssessAsync(string clientKey, string emanRef, CuscarManifest manifest, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (manifest.Function == ManifestFunction.Cancellation || manifest.Statement != StatementType.Statement1 ||
            manifest.DirectionCode != ManifestCodes.Import)
        {
            return;
        }

        var canonical = ManifestMapper.Map(manifest);
        var mode = canonical.Trip.Conveyance.Mode ?? throw new InvalidOperationException("An accepted manifest has a mode.");
        var already = await notices.DetainedAsync(emanRef, cancellationToken);
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

        if (detained.Count > 0)
        {
            await notices.DetainAsync(clientKey, emanRef, receivedAt, detained, cancellationToken);
        }
    }
}
