using Strangler.Edifact.Checking;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact;

/// <summary>The registry of message types: which type an interface's messages are checked as.</summary>
public static class EdifactMessageTypes
{
    public static EdifactMessageType? For(EdifactInterface edifactInterface) => edifactInterface switch
    {
        EdifactInterface.Gets => Cusdec.CusdecMessageType.Instance,
        EdifactInterface.Eman => Cuscar.CuscarMessageType.Instance, // EMAN: CUSCAR registers here.
        _ => null,
    };
}
