using Strangler.Edifact.Cusres;

namespace Strangler.Legacy.Eman.Manifests;

/// <summary>
/// What the GET of an EMAN ref answers: the acknowledgement of the current version, rebuilt from the
/// version row (the message that created it, its received-at, its outcome and lateness).
/// </summary>
internal sealed class StoredAcknowledgement
{
    public string EmanRef { get; set; } = "";

    public string ClientKey { get; set; } = "";

    public string FunctionCode { get; set; } = "";

    public string DocumentNumber { get; set; } = "";

    public string InterchangeRef { get; set; } = "";

    public string MessageRef { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public string LateFlag { get; set; } = "";

    public IReadOnlyList<string> Statuses =>
        FunctionCode == "1" ? [CusresAnswers.Cancelled]
        : LateFlag == "Y" ? [CusresAnswers.Accepted, CusresAnswers.Late]
        : [CusresAnswers.Accepted];
}
