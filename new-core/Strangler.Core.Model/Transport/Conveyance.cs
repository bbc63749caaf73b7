using Strangler.Contracts.CodeLists;

namespace Strangler.Core.Model.Transport;

/// <summary>
/// The means of transport (WCO DM: BorderTransportMeans): mode, identification (IMO number,
/// aircraft registration, vehicle registration number) and name. Mode is null only when the
/// interface did not say it in a readable code.
/// </summary>
public sealed record Conveyance(TransportMode? Mode, string? Id, string? Name);
