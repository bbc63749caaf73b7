using Strangler.Contracts.Checking;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Checking;

/// <summary>
/// How one message type plugs into the four checking phases: its UNH identification and BGM document
/// code (phase 1), the subset table to walk for a given message and context (phase 3), its
/// stateless business rules (phase 4), and a readable summary for <c>strangler message check</c>.
/// </summary>
public sealed class EdifactMessageType
{
    public required EdifactInterface Interface { get; init; }

    /// <summary>UNH element 2 component 1: <c>CUSDEC</c>, <c>CUSCAR</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Component 3: <c>96B</c>, <c>95B</c>.</summary>
    public required string Release { get; init; }

    /// <summary>Component 5: <c>HKTDEC</c>, <c>HKEMAN</c>.</summary>
    public required string Association { get; init; }

    /// <summary>BGM element 1: <c>830</c>, <c>85</c>.</summary>
    public required string DocumentCode { get; init; }

    /// <summary>
    /// The table for this message: pick it by the message's own content (function, mode) and the
    /// context (rule profile). Must not throw on any message that passed phases 1 and 2.
    /// </summary>
    public required Func<EdifactMessage, CheckContext, SubsetTable> Subset { get; init; }

    /// <summary>Phase 4 without stored state; the checker keeps each code once, in ascending order.</summary>
    public required Func<EdifactMessage, CheckContext, IEnumerable<ContractError>> BusinessRules { get; init; }

    /// <summary>Readable lines about a message (LRN, function, totals …); never throws.</summary>
    public Func<EdifactMessage, CheckContext, IEnumerable<string>>? Summary { get; init; }

    /// <summary>Component 2 and 4 are fixed by edifact.md: directory <c>D</c>, agency <c>UN</c>.</summary>
    public const string Version = "D";

    public const string Agency = "UN";
}
