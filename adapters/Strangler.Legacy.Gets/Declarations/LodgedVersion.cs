using Strangler.Edifact.Cusdec;

namespace Strangler.Legacy.Gets.Declarations;

/// <summary>An accepted message about to become a version row: the declaration, who sent it, when, and its money.</summary>
internal sealed record LodgedVersion(
    Declaration Declaration,
    GetsMoney? Money,
    string ClientKey,
    string InterchangeRef,
    string MessageRef,
    DateTimeOffset ReceivedAt);
