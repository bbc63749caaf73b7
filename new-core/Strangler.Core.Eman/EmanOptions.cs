namespace Strangler.Core.Eman;

/// <summary>Configuration section <c>Eman</c>.</summary>
public sealed class EmanOptions
{
    /// <summary>How long a physical examination takes: a detention notice's release voucher is issued this long after it.</summary>
    public double ExaminationHours { get; set; } = 4;
}
