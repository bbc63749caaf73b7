namespace Strangler.Edifact.Envelope;

/// <summary>The two EDIFACT interfaces: each has its own UNB recipient id and answer association code.</summary>
public enum EdifactInterface
{
    /// <summary>GETS trade declarations (CUSDEC in); recipient and answer association <c>HKGETS</c>.</summary>
    Gets,

    /// <summary>EMAN cargo manifests (CUSCAR in); recipient and answer association <c>HKEMAN</c>.</summary>
    Eman,
}

public static class EdifactInterfaces
{
    /// <summary>The UNB recipient id of requests and the UNB sender id of answers: <c>HKGETS</c> or <c>HKEMAN</c>.</summary>
    public static string PartyId(this EdifactInterface edifactInterface) => edifactInterface switch
    {
        EdifactInterface.Gets => "HKGETS",
        EdifactInterface.Eman => "HKEMAN",
        _ => throw new ArgumentOutOfRangeException(nameof(edifactInterface), edifactInterface, null),
    };

    /// <summary>The association code of CUSRES answers (the same as <see cref="PartyId"/>).</summary>
    public static string AnswerAssociation(this EdifactInterface edifactInterface) => edifactInterface.PartyId();

    public static bool TryParsePartyId(string? id, out EdifactInterface edifactInterface)
    {
        switch (id)
        {
            case "HKGETS": edifactInterface = EdifactInterface.Gets; return true;
            case "HKEMAN": edifactInterface = EdifactInterface.Eman; return true;
            default: edifactInterface = default; return false;
        }
    }
}
