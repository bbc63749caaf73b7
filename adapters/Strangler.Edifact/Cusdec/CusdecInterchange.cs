
namespace Strangler.Edifact.Cusdec;

/// <summary>The UNB of a request interchange as an encoder writes it (recipient always <c>HKGETS:ZZZ</c>).</summary>
public sealed record RequestEnvelope(
    string SenderId,
    string Date,
    string Time,
    string InterchangeRef,
    string SyntaxIdentifier = "UNOC",
    string SyntaxVersion = "3");

/// <summary>A CUSDEC interchange: its envelope and its declarations in order.</summary>
public sealed record CusdecInterchange(RequestEnvelope Envelope, EquatableList<Declaration> Declarations);
