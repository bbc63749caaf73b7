using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;

namespace Strangler.Legacy.Platform.Store;

/// <summary>
/// A reference the authenticated facade told a system to issue (<c>X-Strangler-Issued</c>) that is already
/// taken is the facade's fault: answered as its malformed headers are, with an empty 400, never a 5xx. The
/// write's transaction has rolled back, so nothing was stored.
/// </summary>
public static class TakenReferences
{
    public static async Task<ContractAnswer> RefuseAsync(FacadeContext? facade, Func<Task<ContractAnswer>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return await write();
        }
        catch (Exception e) when (facade is { Issued.Count: > 0 } && UniqueViolation.Is(e))
        {
            return ContractAnswer.Empty(StatusCodes.Status400BadRequest);
        }
    }
}
