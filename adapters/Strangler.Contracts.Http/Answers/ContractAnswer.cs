using Microsoft.AspNetCore.Http;

namespace Strangler.Contracts.Http.Answers;

/// <summary>
/// An answer written exactly as given: status, content type (none for empty answers) and body bytes. Processors
/// return it and endpoints hand it to ASP.NET as an <see cref="IResult"/>.
/// </summary>
public sealed record ContractAnswer(int StatusCode, ReadOnlyMemory<byte> Body, string? ContentType) : IResult
{
    public static ContractAnswer Edifact(ReadOnlyMemory<byte> body) => new(StatusCodes.Status200OK, body, ContractInterface.EdifactContentType);

    public static ContractAnswer Text(ReadOnlyMemory<byte> body) => new(StatusCodes.Status200OK, body, ContractInterface.TextContentType);

    public static ContractAnswer Xml(ReadOnlyMemory<byte> body) => new(StatusCodes.Status200OK, body, ContractInterface.XmlContentType);

    /// <summary>A 200 answer in the interface's own content type.</summary>
    public static ContractAnswer Ok(ContractInterface contractInterface, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(contractInterface);
        return new(StatusCodes.Status200OK, body, contractInterface.AnswerContentType);
    }

    /// <summary>A status with an empty body (404 for a document the caller may not see …).</summary>
    public static ContractAnswer Empty(int statusCode) => new(statusCode, ReadOnlyMemory<byte>.Empty, null);

    public static ContractAnswer NotFound { get; } = Empty(StatusCodes.Status404NotFound);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        if (ContentType is not null)
        {
            response.ContentType = ContentType;
        }

        response.ContentLength = Body.Length;
        if (Body.Length > 0)
        {
            await response.Body.WriteAsync(Body, httpContext.RequestAborted);
        }
    }
}
