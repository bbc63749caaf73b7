using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Strangler.ServiceDefaults.Errors;

/// <summary>
/// Answers an exception with a ProblemDetails that carries no exception text or stack trace, and logs it once
/// with a stable event id. Bad HTTP requests (body over the limit …) keep their 4xx status.
/// </summary>
internal sealed class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    EmptyErrorBodyPaths emptyErrorBodyPaths,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        var status = StatusCodes.Status500InternalServerError;
        if (exception is BadHttpRequestException badRequest)
        {
            status = badRequest.StatusCode;
            ErrorLog.BadRequest(logger, request.Method, request.Path.Value ?? "/", status, badRequest.Message);
        }
        else
        {
            ErrorLog.Unhandled(logger, exception, request.Method, request.Path.Value ?? "/");
        }

        httpContext.Response.StatusCode = status;
        if (status < StatusCodes.Status500InternalServerError && emptyErrorBodyPaths.Contains(request.Path))
        {
            return true;
        }

        // The exception is deliberately not handed over: nothing of it may reach the client.
        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status },
        });
        return true;
    }
}
