namespace Strangler.CargoImp.Answers;

/// <summary>The action code Customs gives the terminal operator per air waybill (CSN).</summary>
public enum ActionCode
{
    /// <summary><c>NA</c>: manifested or announced, no decision yet (no FWB, or transit).</summary>
    NoDecision,

    /// <summary><c>NC</c>: not constrained, the terminal may release.</summary>
    NotConstrained,

    /// <summary><c>DC</c>: document check required before release.</summary>
    DocumentCheck,

    /// <summary><c>PX</c>: physical examination required before release.</summary>
    PhysicalExamination,

    /// <summary><c>RL</c>: released after check or examination.</summary>
    Released,
}

public static class ActionCodes
{
    public static string Code(this ActionCode code) => code switch
    {
        ActionCode.NoDecision => "NA",
        ActionCode.NotConstrained => "NC",
        ActionCode.DocumentCheck => "DC",
        ActionCode.PhysicalExamination => "PX",
        ActionCode.Released => "RL",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    public static bool TryParse(ReadOnlySpan<char> text, out ActionCode code)
    {
        switch (text)
        {
            case "NA": code = ActionCode.NoDecision; return true;
            case "NC": code = ActionCode.NotConstrained; return true;
            case "DC": code = ActionCode.DocumentCheck; return true;
            case "PX": code = ActionCode.PhysicalExamination; return true;
            case "RL": code = ActionCode.Released; return true;
            default: code = default; return false;
        }
    }

    /// <summary>DC and PX: a later FWB for the air waybill is refused (A020).</summary>
    public static bool IsUnderCustomsControl(this ActionCode code) => code is ActionCode.DocumentCheck or ActionCode.PhysicalExamination;
}
