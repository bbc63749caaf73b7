using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Legacy;

/// <summary>
/// One legacy document as the new core would hold it: its issued reference (TDEC number, EMAN ref, CCRN, bundle
/// reference, air waybill), the core's kind name (<c>Declaration</c>, <c>Manifest</c>, <c>CargoReport</c>,
/// <c>RoadLodgement</c>, <c>Bundle</c>, <c>AirWaybillStatus</c>: the type name of its <see cref="CanonicalDocument"/>),
/// its transport mode, the Hong Kong day of its original, and every version in ascending number.
/// </summary>
public sealed record LegacyDocument(
    string Reference,
    string Kind,
    TransportMode? Mode,
    DateOnly Day,
    IReadOnlyList<DocumentVersion> Versions);
