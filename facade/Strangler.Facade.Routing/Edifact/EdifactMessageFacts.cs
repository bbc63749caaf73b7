using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;

namespace Strangler.Facade.Routing.Edifact;

/// <summary>
/// What routing needs from one UNH..UNT message: its ref, type, BGM document number and function, the mode of its
/// first TDT, and the TDEC number or EMAN ref it names (<c>RFF+ABT</c>) when it amends or cancels.
/// </summary>
/// <param name="MessageRef">UNH element 1.</param>
/// <param name="MessageType">UNH element 2 component 1 (<c>CUSDEC</c>, <c>CUSCAR</c>), as sent.</param>
/// <param name="DocumentNumber">BGM element 2 component 1 (LRN or carrier manifest no).</param>
/// <param name="FunctionCode">BGM element 3: <c>9</c> original, <c>5</c> amendment, <c>1</c> cancellation, or whatever was sent.</param>
/// <param name="Mode">The first TDT's element 3; null without TDT or with a code other than 1, 2, 3, 4, 8.</param>
/// <param name="Names">The first <c>RFF+ABT</c> reference when it reads as a TDEC number or EMAN ref.</param>
public sealed record EdifactMessageFacts(
    string MessageRef,
    string? MessageType,
    string? DocumentNumber,
    string? FunctionCode,
    TransportMode? Mode,
    ReferenceNumber? Names)
{
    /// <summary>The mode to route by: the TDT's, else the named number's mode digit (a cancellation carries no TDT).</summary>
    public TransportMode? EffectiveMode => Mode ?? Names?.Mode;
}
