namespace Strangler.Core.Rocars.Bundles;

/// <summary>A bundle about to be stored: who made it, for which vehicle, crossing and CCRNs, and when.</summary>
internal sealed record NewBundle(
    string BundleRef,
    string ClientKey,
    string MessageId,
    string ContentHash,
    string Vrn,
    string Direction,
    string ControlPoint,
    DateTimeOffset ExpectedArrival,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<string> Ccrns);
