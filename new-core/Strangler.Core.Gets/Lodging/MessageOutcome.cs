using Strangler.Edifact.Cusres;

namespace Strangler.Core.Gets.Lodging;

/// <summary>The CUSRES a processed message gets, or <see cref="FacadeRefused"/> when the facade named an unusable TDEC number.</summary>
internal sealed record MessageOutcome(CusresMessage? Answer)
{
    public static MessageOutcome FacadeRefused { get; } = new((CusresMessage?)null);
}
