using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Documents;
using Strangler.RocarsXml;

namespace Strangler.Core.Rocars;

/// <summary>
/// A stored ACI as ROCARS sees it: its head, current version, the channel it was lodged through (/ssdd when its first
/// version carries Source CNSW, else /aci, also for a JSON API lodgement) and the content of its last version with one.
/// </summary>
internal sealed record StoredAci(StoredDocument Head, DocumentVersion Current, RocarsEndpoint Channel, RoadLodgement Content)
{
    public bool IsCancelled => Head.Status == DocumentStatus.Cancelled;

    public string? Source => Channel == RocarsEndpoint.Ssdd ? RocarsRequests.SsddSource : null;
}
