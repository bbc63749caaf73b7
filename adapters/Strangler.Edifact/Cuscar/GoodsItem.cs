namespace Strangler.Edifact.Cuscar;

/// <summary>
/// One GID group: item number and packages as sent (<c>E014</c>), package code, description
/// (<c>E015</c>), HS code as sent, gross weight and volume as sent, marks, and container placements.
/// </summary>
public sealed record GoodsItem
{
    /// <summary>GID element 1 (1..n per consignment, compared numerically).</summary>
    public required string ItemNumber { get; init; }

    /// <summary>GID element 2 component 1: number of packages, a positive integer.</summary>
    public required string Packages { get; init; }

    /// <summary>GID element 2 component 2: UN/ECE Rec 21 package code.</summary>
    public required string PackageCode { get; init; }

    /// <summary>FTX+AAA: the description, its components joined.</summary>
    public required string Description { get; init; }

    /// <summary>PIA+5 HS code (6 digits, <c>E014</c>).</summary>
    public string? HsCode { get; init; }

    /// <summary>MEA+WT+G+KGM value.</summary>
    public required string GrossWeight { get; init; }

    /// <summary>MEA+VOL+AAW+MTQ value; mandatory for sea and river (<c>E033</c>).</summary>
    public string? GrossVolume { get; init; }

    /// <summary>PCI+28 marks and numbers.</summary>
    public string? Marks { get; init; }

    /// <summary>SGP segments: where the item's packages sit (<c>E034</c>).</summary>
    public EquatableList<ContainerPlacement> Placements { get; init; } = EquatableList<ContainerPlacement>.Empty;
}

/// <summary>SGP: a number of packages (as sent) placed in a container named in EQD.</summary>
public sealed record ContainerPlacement(string ContainerNumber, string Packages);
