namespace Strangler.Migration.Legacy.Eman;

// Rows as read: times and numbers as object (see LegacyValues), codes as stored (maybe blank-padded).
#pragma warning disable CA1812 // instantiated by Dapper

internal sealed class EmanManifestRow
{
    public long ManifestId { get; set; }

    public string EmanRef { get; set; } = string.Empty;

    public string? ClientKey { get; set; }

    public string? ModeCode { get; set; }

    public string? CarrierCode { get; set; }

    public string? ConveyanceId { get; set; }

    public string? VoyageNumber { get; set; }

    public string? DirectionCode { get; set; }

    public string? StatementCode { get; set; }

    public int CurrentVersion { get; set; }

    public object? CreatedAt { get; set; }
}

internal sealed class EmanVersionRow
{
    public long ManifestId { get; set; }

    public int VersionNo { get; set; }

    public string? FunctionCode { get; set; }

    public string? DocumentNo { get; set; }

    public object? ReceivedAt { get; set; }

    public object? DocumentAt { get; set; }

    public string? CarrierName { get; set; }

    public string? ConveyanceName { get; set; }

    public string? LoadingPlace { get; set; }

    public string? DischargePlace { get; set; }

    public object? EventAt { get; set; }
}

internal sealed class EmanEquipmentRow
{
    public long ManifestId { get; set; }

    public int VersionNo { get; set; }

    public int SeqNo { get; set; }

    public string? ContainerNo { get; set; }

    public string? SizeType { get; set; }

    public string? FullEmpty { get; set; }

    public string? Seals { get; set; }
}

internal sealed class EmanConsignmentRow
{
    public long ManifestId { get; set; }

    public int VersionNo { get; set; }

    public int SeqNo { get; set; }

    public string? DocumentNo { get; set; }

    public string? MasterNo { get; set; }

    public string? ConsignorName { get; set; }

    public string? ConsignorStreet { get; set; }

    public string? ConsignorCity { get; set; }

    public string? ConsignorPostCode { get; set; }

    public string? ConsignorCountry { get; set; }

    public string? ConsigneeName { get; set; }

    public string? ConsigneeStreet { get; set; }

    public string? ConsigneeCity { get; set; }

    public string? ConsigneePostCode { get; set; }

    public string? ConsigneeCountry { get; set; }

    public string? Tranship { get; set; }

    public string? Licences { get; set; }
}

internal sealed class EmanGoodsItemRow
{
    public long ManifestId { get; set; }

    public int VersionNo { get; set; }

    public int SeqNo { get; set; }

    public int ItemNo { get; set; }

    public object? Packages { get; set; }

    public string? PackageCode { get; set; }

    public string? Description { get; set; }

    public string? HsCode { get; set; }

    public object? GrossKg { get; set; }

    public object? GrossM3 { get; set; }

    public string? Marks { get; set; }
}

internal sealed class EmanPlacementRow
{
    public long ManifestId { get; set; }

    public int VersionNo { get; set; }

    public int SeqNo { get; set; }

    public int ItemNo { get; set; }

    public int PlacementNo { get; set; }

    public string? ContainerNo { get; set; }

    public object? Packages { get; set; }
}
