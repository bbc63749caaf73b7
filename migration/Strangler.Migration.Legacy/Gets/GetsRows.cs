namespace Strangler.Migration.Legacy.Gets;

// Rows as read: times, dates and amounts as object (see LegacyValues), codes as stored (maybe blank-padded).
#pragma warning disable CA1812 // instantiated by Dapper

internal sealed class GetsHeaderRow
{
    public long DeclarationId { get; set; }

    public string TdecNo { get; set; } = string.Empty;

    public int CurrentVersion { get; set; }

    public object? LodgedAt { get; set; }
}

internal sealed class GetsVersionRow
{
    public long DeclarationId { get; set; }

    public int VersionNo { get; set; }

    public string? FunctionCode { get; set; }

    public string? FormCode { get; set; }

    public string? Lrn { get; set; }

    public object? DocumentDate { get; set; }

    public string? DateQualifier { get; set; }

    public object? ImportExportDate { get; set; }

    public string? DeclarantBr { get; set; }

    public string? DeclarantName { get; set; }

    public string? DeclarantStreet { get; set; }

    public string? DeclarantCity { get; set; }

    public string? DeclarantPostCode { get; set; }

    public string? DeclarantCountry { get; set; }

    public string? TraderRole { get; set; }

    public string? TraderBr { get; set; }

    public string? TraderName { get; set; }

    public string? TraderStreet { get; set; }

    public string? TraderCity { get; set; }

    public string? TraderPostCode { get; set; }

    public string? TraderCountry { get; set; }

    public string? ModeCode { get; set; }

    public string? ConveyanceId { get; set; }

    public string? ConveyanceName { get; set; }

    public string? ConsignmentCountry { get; set; }

    public string? LoadingPlace { get; set; }

    public int ItemCount { get; set; }

    public object? Charge { get; set; }

    public object? Penalty { get; set; }

    public object? Levy { get; set; }

    public string? ClientKey { get; set; }

    public object? ReceivedAt { get; set; }
}

internal sealed class GetsItemRow
{
    public long DeclarationId { get; set; }

    public int VersionNo { get; set; }

    public int ItemNo { get; set; }

    public string? HkhsCode { get; set; }

    public string? Description { get; set; }

    public object? Quantity { get; set; }

    public string? UnitCode { get; set; }

    public object? ValueAmount { get; set; }

    public string? OriginCountry { get; set; }
}

internal sealed class GetsTransportDocRow
{
    public long DeclarationId { get; set; }

    public int VersionNo { get; set; }

    public int SeqNo { get; set; }

    public string? Qualifier { get; set; }

    public string? Reference { get; set; }
}
