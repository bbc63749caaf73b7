using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.World;

/// <summary>A goods vehicle's crossing: registration, the transport company's key, control point, direction, time and consignments.</summary>
public sealed class Truck
{
    public required long Number { get; init; }

    public required string Vrn { get; init; }

    public required string DriverKey { get; init; }

    public required string ControlPoint { get; init; }

    public required CrossingDirection Direction { get; init; }

    public required DateTimeOffset CrossingAt { get; init; }

    public List<Shipment> Shipments { get; } = [];

    public string? BundleRef { get; set; }
}
