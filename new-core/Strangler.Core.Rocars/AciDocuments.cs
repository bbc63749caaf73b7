using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Documents;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Rules;

namespace Strangler.Core.Rocars;

/// <summary>Finds ACIs in the canonical store: road lodgements made through ROCARS or the JSON API, under their CCRN.</summary>
internal sealed class AciDocuments(DocumentReader reader)
{
    public async Task<StoredAci?> FindAsync(string? ccrn, CancellationToken cancellationToken)
    {
        if (!RocarsReferences.IsCcrn(ccrn))
        {
            return null;
        }

        var head = await reader.DocumentAsync(ccrn!, cancellationToken);
        if (head is null || head.Kind != nameof(RoadLodgement) || head.Source is not (SourceInterface.Rocars or SourceInterface.JsonApi))
        {
            return null;
        }

        var versions = await reader.VersionsAsync(ccrn!, cancellationToken);
        var lodgements = versions.Select(v => v.Document).OfType<RoadLodgement>().ToList();
        if (versions.Count == 0 || lodgements.Count == 0)
        {
            return null;
        }

        var channel = lodgements[0].Source == RocarsRequests.SsddSource ? RocarsEndpoint.Ssdd : RocarsEndpoint.Aci;
        return new StoredAci(head, versions[^1], channel, lodgements[^1]);
    }
}
