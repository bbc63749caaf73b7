namespace Strangler.Core.Risk.Outcomes;

/// <summary>How a channel shows in each legacy contract's answers.</summary>
public static class ChannelOutcomes
{
    /// <summary>The ACCS CSN action code set by the decision: NC, DC or PX.</summary>
    public static string AccsActionCode(ClearanceChannel channel) => channel switch
    {
        ClearanceChannel.Release => "NC",
        ClearanceChannel.DocumentCheck => "DC",
        ClearanceChannel.PhysicalExamination => "PX",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>The ROCARS ClearanceInstruction: GO only on release; a document check stops the truck too.</summary>
    public static string RocarsInstruction(ClearanceChannel channel) => channel switch
    {
        ClearanceChannel.Release => "GO",
        ClearanceChannel.DocumentCheck or ClearanceChannel.PhysicalExamination => "STOP",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>Whether EMAN issues a detention notice: only for physical examination (a document check needs no detention).</summary>
    public static bool EmanDetains(ClearanceChannel channel) => channel switch
    {
        ClearanceChannel.Release or ClearanceChannel.DocumentCheck => false,
        ClearanceChannel.PhysicalExamination => true,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
