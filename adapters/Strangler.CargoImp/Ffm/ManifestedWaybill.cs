using Strangler.CargoImp.Waybills;

namespace Strangler.CargoImp.Ffm;

/// <summary>An air waybill line of an FFM with where it is unloaded and how its block classifies it.</summary>
public sealed record ManifestedWaybill(AirWaybillLine Line, string UnloadingAirport, string? UldId, CargoClassification Classification);
