namespace Strangler.Edifact.Cuscar;

/// <summary>
/// One CNI group: sequence number and transport document number as sent, the master document of a
/// house document, consignor and consignee, the transhipment flag, licence numbers and goods items.
/// </summary>
public sealed record Consignment
{
    /// <summary>CNI element 1 as sent (1..n without gaps, compared numerically, <c>E014</c>).</summary>
    public required string Sequence { get; init; }

    /// <summary>CNI element 2: B/L, air waybill or consignment note number.</summary>
    public required string TransportDocumentNumber { get; init; }

    /// <summary>RFF+MB or RFF+MWB: the master document when this is a house document.</summary>
    public MasterDocument? MasterDocument { get; init; }

    public required Party Consignor { get; init; }

    public required Party Consignee { get; init; }

    /// <summary>GIS+TS:HKT present.</summary>
    public bool IsTranshipment { get; init; }

    /// <summary>RFF+ILN values (up to 9, not validated).</summary>
    public EquatableList<string> Licences { get; init; } = EquatableList<string>.Empty;

    public EquatableList<GoodsItem> GoodsItems { get; init; } = EquatableList<GoodsItem>.Empty;
}

/// <summary>RFF+MB (master bill of lading) or RFF+MWB (master air waybill, <c>E032</c> checks it).</summary>
public sealed record MasterDocument(string Qualifier, string Number)
{
    public bool IsMasterAirWaybill => Qualifier == ManifestCodes.MasterAirWaybill;
}

/// <summary>A consignor (NAD+CZ) or consignee (NAD+CN). The country is kept as sent (<c>E013</c>).</summary>
public sealed record Party(string Name, string? Street, string? City, string? PostCode, string Country);
