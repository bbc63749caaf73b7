namespace Strangler.Core.Risk.Subjects;

/// <summary>The role a party plays on a subject.</summary>
public enum PartyRole
{
    Consignor,
    Consignee,
    NotifyParty,
    Declarant,
    Carrier,
    Other,
}
