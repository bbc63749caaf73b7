using Strangler.Contracts.CodeLists;

namespace Strangler.Facade.ControlPlane;

/// <summary>A requested stage change, with who asks and why, and the gate evidence it was judged on.</summary>
public sealed record StageChange(
    CutoverUnit Unit,
    StageSetting To,
    string Actor,
    string Role,
    string Reason,
    bool Override,
    string GateEvidence,
    long? ExpectedRevision);
