using Microsoft.AspNetCore.Http;

namespace Strangler.Facade.Proxy;

internal static class FacadeHeaders
{
    /// <summary>Only the facade may send <c>X-Strangler-*</c>: every copy a client sends is dropped before routing.</summary>
    public static int StripFromClient(IHeaderDictionary headers)
    {
        List<string>? found = null;
        foreach (var name in headers.Keys)
        {
            if (name.StartsWith("X-Strangler-", StringComparison.OrdinalIgnoreCase))
            {
                (found ??= []).Add(name);
            }
        }

        if (found is null)
        {
            return 0;
        }

        foreach (var name in found)
        {
            headers.Remove(name);
        }

        return found.Count;
    }
}
