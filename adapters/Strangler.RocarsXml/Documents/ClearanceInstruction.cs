namespace Strangler.RocarsXml.Documents;

/// <summary>The answer to GET /clearance: GO or STOP for the vehicle's chosen live bundle, issued at the bundle's received-at.</summary>
public sealed record ClearanceInstruction(
    string Vrn,
    string BundleRef,
    string ControlPoint,
    ClearanceDecision Instruction,
    DateTimeOffset IssuedAt);
