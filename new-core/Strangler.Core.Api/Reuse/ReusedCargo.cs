using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Parties;
using CusdecReference = Strangler.Edifact.Cusdec.TransportDocument;

namespace Strangler.Core.Api.Reuse;

/// <summary>
/// What a declaration inherits from a document on the platform: consignor, consignee, goods items, mode and conveyance,
/// and the transport document references it then names (RFF+CCN, AWB, MRN, BM).
/// </summary>
internal sealed record ReusedCargo(
    Party? Consignor,
    Party? Consignee,
    IReadOnlyList<GoodsItem> Items,
    string? ModeCode,
    string? ConveyanceId,
    string? ConveyanceName,
    string? LoadingPlace,
    IReadOnlyList<CusdecReference> References);
