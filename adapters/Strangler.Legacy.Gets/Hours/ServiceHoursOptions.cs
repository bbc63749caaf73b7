using System.ComponentModel.DataAnnotations;

namespace Strangler.Legacy.Gets.Hours;

/// <summary>
/// Configuration section <c>ServiceHours</c>: when the legacy GETS processes declarations (Hong Kong
/// time, start inclusive, end exclusive). Outside them messages are queued (gets.md, "Service hours").
/// </summary>
public sealed class ServiceHoursOptions : IValidatableObject
{
    public const string Section = "ServiceHours";

    public TimeSpan Start { get; set; } = TimeSpan.FromHours(7);

    public TimeSpan End { get; set; } = TimeSpan.FromHours(23);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start < TimeSpan.Zero || End > TimeSpan.FromDays(1) || Start >= End)
        {
            yield return new ValidationResult(
                "ServiceHours needs 00:00:00 <= Start < End <= 1.00:00:00 (Hong Kong time).", [nameof(Start), nameof(End)]);
        }
    }

    public ServiceHours ToHours() => new(Start, End);
}
