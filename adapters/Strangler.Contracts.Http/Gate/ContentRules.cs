using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Strangler.Contracts.Http.Gate;

/// <summary>The 415 rule: the interface's media type (parameters ignored except charset, which must be utf-8), identity encoding only.</summary>
internal static class ContentRules
{
    public static bool IsAcceptedContentType(string? contentType, string expectedMediaType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(expectedMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A charset named twice is not trusted either.
        var charsets = parsed.Parameters.Where(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)).ToList();
        return charsets.Count switch
        {
            0 => true,
            1 => HeaderUtilities.RemoveQuotes(charsets[0].Value).Equals("utf-8", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>Absent, or every listed coding is <c>identity</c>.</summary>
    public static bool IsIdentityEncoding(IHeaderDictionary headers)
    {
        foreach (var value in headers.ContentEncoding)
        {
            foreach (var coding in (value ?? "").Split(','))
            {
                var trimmed = coding.Trim();
                if (trimmed.Length > 0 && !trimmed.Equals("identity", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>POST, PUT and PATCH carry a message; any other request counts as having a body only when it sends one.</summary>
    public static bool HasBody(HttpContext context)
    {
        var method = context.Request.Method;
        return HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method)
            || context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true;
    }
}
