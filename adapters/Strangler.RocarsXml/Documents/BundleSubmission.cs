namespace Strangler.RocarsXml.Documents;

/// <summary>
/// A driver's bundle of CCRNs to a vehicle (POST /bundles). Vrn, ControlPoint and the CCRNs are kept
/// as sent so that the field rules can report R033, R011 and R031.
/// </summary>
public sealed record BundleSubmission(
    string MessageId,
    string Vrn,
    CrossingDirection Direction,
    string ControlPoint,
    DateTimeOffset ExpectedArrival,
    EquatableList<string> Ccrns);
