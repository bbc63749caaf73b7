namespace Strangler.Migration.Legacy.Rocars;

/// <summary>A row of RCS_ACI joined with its versions' keys; times and numbers stay raw (see <see cref="StoredValue"/>).</summary>
internal sealed class AciVersionRow
{
    public long AciId { get; set; }

    public string Ccrn { get; set; } = "";

    public string StatusCd { get; set; } = "";

    public object? LodgedAt { get; set; }

    public int? VersionNo { get; set; }

    public string? FunctionCd { get; set; }

    public string? ClientKey { get; set; }

    public object? ReceivedAt { get; set; }

    public string? Source { get; set; }

    public string? DirectionCd { get; set; }

    public string? ControlPoint { get; set; }

    public object? ExpectedCrossing { get; set; }

    public string? ShipperName { get; set; }

    public string? ShipperAddr { get; set; }

    public string? ConsignorName { get; set; }

    public string? ConsignorAddr { get; set; }

    public string? ConsigneeName { get; set; }

    public string? ConsigneeAddr { get; set; }

    public object? PkgCount { get; set; }

    public string? PkgDesc { get; set; }
}

/// <summary>A row of RCS_ACI_ARTICLE.</summary>
internal sealed class AciArticleRow
{
    public long AciId { get; set; }

    public int VersionNo { get; set; }

    public int LineNo { get; set; }

    public string? Description { get; set; }

    public string? HsCode { get; set; }

    public object? GrossWeightKg { get; set; }

    public object? ValueHkd { get; set; }
}

/// <summary>A row of RCS_BUNDLE (its risk decision is legacy only and not read).</summary>
internal sealed class BundleRow
{
    public long BundleId { get; set; }

    public string BundleRef { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string? Vrn { get; set; }

    public string? DirectionCd { get; set; }

    public string? ControlPoint { get; set; }

    public object? ExpectedArrival { get; set; }

    public object? ReceivedAt { get; set; }

    public string? StatusCd { get; set; }

    public object? UnbundledAt { get; set; }
}

/// <summary>A row of RCS_BUNDLE_CCRN.</summary>
internal sealed class BundleCcrnRow
{
    public long BundleId { get; set; }

    public int LineNo { get; set; }

    public string Ccrn { get; set; } = "";
}
