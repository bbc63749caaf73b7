using System.Data.Common;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Rules;

namespace Strangler.Core.Rocars;

/// <summary>Finds ACIs in the canonical store: road lodgements made through ROCARS or the JSON API, under their CCRN.</summary>
internal sealed class AciDocuments(DocumentReader reader, CoreDatabase database)
{
    public async Task<StoredAci?> FindAsync(string? ccrn, CancellationToken cancellationToken)
    {
        if (!RocarsReferences.IsCcrn(ccrn))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(ccrn, connection, null, cancellationToken);
    }

    /// <summary>As <see cref="FindAsync(string?, CancellationToken)"/>, on the caller's connection (and transaction, when inside one).</summary>
    public async Task<StoredAci?> FindAsync(string? ccrn, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!RocarsReferences.IsCcrn(ccrn))
        {
            return null;
        }

        var head = await reader.DocumentAsync(ccrn!, connection, transaction, cancellationToken);
        if (head is null || head.Kind != nameof(RoadLodgement) || head.Source is not (SourceInterface.Rocars or SourceInterface.JsonApi))
        {
            return null;
        }

        var versions = await reader.VersionsAsync(ccrn!, connection, transaction, cancellationToken);
        var lodgements = versions.Select(v => v.Document).OfType<RoadLodgement>().ToList();
        if (versions.Count == 0 || lodgements.Count == 0)
        {
            return null;
        }

        var channel = lodgements[0].Source == RocarsRequests.SsddSource ? RocarsEndpoint.Ssdd : RocarsEndpoint.Aci;
        return new StoredAci(head, versions[^1], channel, lodgements[^1]);
    }
}
