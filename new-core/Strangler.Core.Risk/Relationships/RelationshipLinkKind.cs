namespace Strangler.Core.Risk.Relationships;

/// <summary>Why two parties are considered linked.</summary>
public enum RelationshipLinkKind
{
    /// <summary>The subject's party was itself on a document examined with findings.</summary>
    PreviouslyExaminedWithFindings,

    /// <summary>A party linked to the subject's party was on a document examined with findings.</summary>
    LinkedToPartyWithFindings,

    SharedAddress,

    /// <summary>Another consignor shipped to the subject's consignee.</summary>
    SharedConsignee,

    /// <summary>The subject's declarant also declared for another trader.</summary>
    SharedDeclarant,
}
