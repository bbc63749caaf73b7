using Strangler.Contracts.Checking;

namespace Strangler.Edifact.Cusres;

/// <summary>
/// One CUSRES message of an answer, in the order its segments are written: UNH ref and association,
/// BGM document number and 29/27, DTM+182, RFF+ACW (the message answered), RFF+ACD (feed cursor),
/// RFF+ABT (TDEC number or EMAN ref), GIS statuses, MOA amounts, CNI lines and notice text (EMAN
/// notices), and the error groups of a rejection.
/// </summary>
public sealed record CusresMessage
{
    /// <summary>UNH element 1: the received message ref, or 1..n in feeds and GET answers.</summary>
    public required string Reference { get; init; }

    /// <summary>UNH association code: <c>HKGETS</c> or <c>HKEMAN</c>.</summary>
    public required string Association { get; init; }

    /// <summary>BGM element 2 (may be empty).</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>BGM element 3: <c>29</c> accepted, <c>27</c> not accepted.</summary>
    public required bool Accepted { get; init; }

    /// <summary>DTM+182, Hong Kong time, whole minutes.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>RFF+ACW component 1; null when the message has no RFF+ACW (EMAN notices).</summary>
    public string? AnsweredInterchangeRef { get; init; }

    /// <summary>RFF+ACW component 2; null for an envelope rejection.</summary>
    public string? AnsweredMessageRef { get; init; }

    /// <summary>RFF+ACD: the feed cursor (acknowledgement feed, EMAN notices).</summary>
    public string? Cursor { get; init; }

    /// <summary>RFF+ABT: the TDEC number or EMAN ref.</summary>
    public string? IssuedReference { get; init; }

    /// <summary>GIS codes with list <c>HKS</c>, in order: <c>AC</c>, <c>CX</c>, <c>QD</c>, <c>LT</c>, <c>DN</c>, <c>RV</c>.</summary>
    public EquatableList<string> Statuses { get; init; } = EquatableList<string>.Empty;

    public EquatableList<CusresAmount> Amounts { get; init; } = EquatableList<CusresAmount>.Empty;

    public EquatableList<CusresConsignment> Consignments { get; init; } = EquatableList<CusresConsignment>.Empty;

    /// <summary>FTX+AAO after the CNI lines of a notice (<c>DETAINED FOR EXAMINATION</c>, <c>RELEASED</c>).</summary>
    public string? NoticeText { get; init; }

    /// <summary>ERP+1 / ERC+code:HKE / FTX+AAO+++text groups (Where is never written).</summary>
    public EquatableList<ContractError> Errors { get; init; } = EquatableList<ContractError>.Empty;
}

/// <summary>MOA+qualifier:amount:HKD; the amount as written (<c>7.00</c>).</summary>
public sealed record CusresAmount(string Qualifier, string Amount)
{
    public const string Charge = "161";
    public const string Penalty = "55";
    public const string Levy = "56";

    public static CusresAmount Of(string qualifier, decimal amount) =>
        new(qualifier, Strangler.Contracts.Numbers.ContractNumber.FormatAmount(amount));
}

/// <summary>CNI+seq+transport document no in an EMAN notice.</summary>
public sealed record CusresConsignment(string Sequence, string TransportDocumentNumber);

/// <summary>A complete answer interchange.</summary>
public sealed record CusresInterchange(AnswerEnvelope Envelope, EquatableList<CusresMessage> Messages);
