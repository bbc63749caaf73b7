namespace Strangler.Core.Model.Consignments;

/// <summary>How many packages of a goods item sit in which container.</summary>
public sealed record GoodsPlacement(string ContainerNumber, long? Packages);
