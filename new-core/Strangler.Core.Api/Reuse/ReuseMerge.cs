using Strangler.Core.Api.Declarations;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Parties;
using Strangler.Edifact.Cusdec;

namespace Strangler.Core.Api.Reuse;

/// <summary>
/// Fills a declaration from reused cargo, field by field: what the request gives wins. The importer inherits the
/// consignee, the exporter the consignor; items merge by position.
/// </summary>
internal static class ReuseMerge
{
    public static DeclarationRequest Apply(DeclarationRequest request, ReusedCargo cargo)
    {
        var export = request.Form is { } form && GetsCodes.IsExportForm(form);
        var source = export ? cargo.Consignor : cargo.Consignee;
        var given = request.Items ?? [];
        var count = Math.Max(given.Count, cargo.Items.Count);
        return request with
        {
            Trader = Merge(request.Trader, source),
            ModeCode = request.ModeCode ?? cargo.ModeCode,
            ConveyanceId = request.ConveyanceId ?? cargo.ConveyanceId,
            ConveyanceName = request.ConveyanceName ?? cargo.ConveyanceName,
            LoadingPlace = request.LoadingPlace ?? cargo.LoadingPlace,
            Items = [.. Enumerable.Range(0, count).Select(i => Merge(i < given.Count ? given[i] : null, i < cargo.Items.Count ? cargo.Items[i] : null))],
        };
    }

    private static Declarations.DeclarationParty? Merge(Declarations.DeclarationParty? given, Party? source) =>
        source is null
            ? given
            : new Declarations.DeclarationParty(
                given?.BrNumber ?? source.BrNumber,
                given?.Name ?? source.Name,
                given?.Street ?? source.Address,
                given?.City ?? source.City,
                given?.PostCode ?? source.PostCode,
                given?.Country ?? source.Country);

    private static DeclarationItemRequest Merge(DeclarationItemRequest? given, GoodsItem? source) => new(
        given?.HkhsCode ?? source?.HsCode,
        given?.Description ?? source?.Description,
        given?.Quantity ?? source?.Quantity?.Amount,
        given?.Unit ?? source?.Quantity?.Unit,
        given?.ValueHkd ?? source?.ValueHkd,
        given?.OriginCountry ?? source?.OriginCountry);
}
