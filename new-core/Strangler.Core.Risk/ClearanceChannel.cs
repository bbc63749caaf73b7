namespace Strangler.Core.Risk;

/// <summary>The clearance channel a risk decision sends a subject to; a higher value is stricter.</summary>
public enum ClearanceChannel
{
    Release = 0,
    DocumentCheck = 1,
    PhysicalExamination = 2,
}
