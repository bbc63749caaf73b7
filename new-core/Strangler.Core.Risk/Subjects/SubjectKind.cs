namespace Strangler.Core.Risk.Subjects;

/// <summary>What is assessed: a manifested or air waybill consignment, or a ROCARS bundle.</summary>
public enum SubjectKind
{
    Consignment,
    Bundle,
}
