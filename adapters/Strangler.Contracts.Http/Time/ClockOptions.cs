using System.ComponentModel.DataAnnotations;

namespace Strangler.Contracts.Http.Time;

/// <summary>Section <c>Clock</c>: <c>Offset</c> shifts the service's clock from real time (e.g. <c>"-05:30:00"</c>, <c>"2.00:00:00"</c>).</summary>
public sealed class ClockOptions
{
    public const string SectionName = "Clock";

    [Range(typeof(TimeSpan), "-3650.00:00:00", "3650.00:00:00")]
    public TimeSpan Offset { get; set; }
}
