using Microsoft.AspNetCore.Http;

namespace Strangler.Core.Api.Access;

/// <summary>
/// One answer of the API as bytes: status, JSON body, content type. Writes are answered from these bytes and recorded
/// as they are, so an idempotent resend gets exactly the same answer.
/// </summary>
internal sealed record ApiAnswer(int Status, byte[] Body, string ContentType)
{
    public static ApiAnswer Json<T>(int status, T value) => new(status, ApiJson.Write(value), ApiJson.ContentType);

    public IResult ToResult() => new BytesResult(this);
}

/// <summary>Writes an <see cref="ApiAnswer"/> as it is.</summary>
internal sealed class BytesResult(ApiAnswer answer) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = answer.Status;
        httpContext.Response.ContentType = answer.ContentType;
        return httpContext.Response.Body.WriteAsync(answer.Body).AsTask();
    }
}
