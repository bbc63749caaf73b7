using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison;

/// <summary>
/// An answer body read with its interface's syntax into named fields, in document order, with the
/// answered message type. Field names are unique within one answer.
/// </summary>
internal sealed record AnswerFields(IReadOnlyList<ComparedField> Fields, string? MessageType)
{
    /// <summary>The fields of <paramref name="body"/>, or null when it cannot be read in the interface's syntax.</summary>
    public static AnswerFields? Read(ContractInterface contractInterface, ReadOnlySpan<byte> body) => contractInterface switch
    {
        ContractInterface.Gets => EdifactAnswerFields.Read(body, bgmMayHoldIssuedReference: false),
        ContractInterface.Eman => EdifactAnswerFields.Read(body, bgmMayHoldIssuedReference: true),
        ContractInterface.Rocars => RocarsAnswerFields.Read(body),
        ContractInterface.Accs => CargoImpAnswerFields.Read(body),
        _ => null,
    };
}
