namespace Strangler.Legacy.Rocars.Store;

/// <summary>A row of RCS_ACI: the CCRN, who lodged it through which channel, its status and current version.</summary>
internal sealed class AciRow
{
    public long AciId { get; set; }

    public string Ccrn { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string ChannelCd { get; set; } = "";

    public string StatusCd { get; set; } = "";

    public int CurrVersionNo { get; set; }

    public bool IsCancelled => StatusCd.Trim() == StoreCodes.AciCancelled;

    /// <summary>The version whose content an AciRecord shows: after a CANCEL, the one before it.</summary>
    public int ContentVersionNo => IsCancelled ? CurrVersionNo - 1 : CurrVersionNo;
}

/// <summary>A row of RCS_ACI_VERSION; the content columns are null on a CANCEL version.</summary>
internal sealed class AciVersionRow
{
    public long AciId { get; set; }

    public int VersionNo { get; set; }

    public string FunctionCd { get; set; } = "";

    public string MessageId { get; set; } = "";

    public string ClientKey { get; set; } = "";

    public DateTime ReceivedAt { get; set; }

    public string? Source { get; set; }

    public string? DirectionCd { get; set; }

    public string? ControlPoint { get; set; }

    public DateTime? ExpectedCrossing { get; set; }

    public string? ShipperName { get; set; }

    public string? ShipperAddr { get; set; }

    public string? ConsignorName { get; set; }

    public string? ConsignorAddr { get; set; }

    public string? ConsigneeName { get; set; }

    public string? ConsigneeAddr { get; set; }

    public long? PkgCount { get; set; }

    public string? PkgDesc { get; set; }
}

/// <summary>A row of RCS_ACI_ARTICLE.</summary>
internal sealed class AciArticleRow
{
    public long AciId { get; set; }

    public int VersionNo { get; set; }

    public int LineNo { get; set; }

    public string Description { get; set; } = "";

    public string? HsCode { get; set; }

    public decimal? GrossWeightKg { get; set; }

    public decimal? ValueHkd { get; set; }
}
