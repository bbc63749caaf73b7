namespace Strangler.CargoImp.Fwb;

/// <summary>The routing line of an FWB: <c>RTG/LHRCX</c> (destination airport and carrier).</summary>
public sealed record FwbRouting(string Airport, string Carrier);
