using Strangler.Edifact.Cusdec;

namespace Strangler.Legacy.Gets.Declarations;

/// <summary>
/// A TDEC number's header joined with its current version: what the store rules (E018, E010) and
/// <c>GET /gets/v1/declarations/{tdecNo}</c> need.
/// </summary>
public sealed record CurrentDeclaration
{
    public const string Active = "A";
    public const string Cancelled = "C";

    public required long DeclarationId { get; init; }

    public required string TdecNo { get; init; }

    public required string ClientKey { get; init; }

    public required string DeclarantBr { get; init; }

    public required string Lrn { get; init; }

    public required string ModeCode { get; init; }

    public required string Status { get; init; }

    public required int CurrentVersion { get; init; }

    /// <summary>The original's late lodgement penalty (GET repeats it after MOA+161).</summary>
    public decimal? OriginalPenalty { get; init; }

    public required string FunctionCode { get; init; }

    public required string FormCode { get; init; }

    public decimal? Charge { get; init; }

    public decimal? Levy { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string InterchangeRef { get; init; }

    public required string MessageRef { get; init; }

    public bool IsCancelled => Status == Cancelled;

    /// <summary>The fields of the current version the store rules compare (GetsStoreFacts), as a declaration.</summary>
    public Declaration AsDeclaration() => new()
    {
        MessageRef = MessageRef,
        Lrn = Lrn,
        FunctionCode = FunctionCode,
        FormCode = FormCode,
        DocumentDate = string.Empty,
        ModeCode = ModeCode,
        Declarant = new DeclarationParty("DT", DeclarantBr, string.Empty, null, null, null, string.Empty),
        ItemCount = string.Empty,
    };
}
