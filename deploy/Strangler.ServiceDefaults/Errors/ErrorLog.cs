using Microsoft.Extensions.Logging;

namespace Strangler.ServiceDefaults.Errors;

/// <summary>The log messages of the error handling, defined once with stable event ids.</summary>
internal static partial class ErrorLog
{
    [LoggerMessage(EventId = ServiceEvents.UnhandledException, EventName = nameof(ServiceEvents.UnhandledException),
        Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Path}; answered 500")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = ServiceEvents.BadHttpRequest, EventName = nameof(ServiceEvents.BadHttpRequest),
        Level = LogLevel.Information, Message = "Bad HTTP request in {Method} {Path}; answered {StatusCode}: {Reason}")]
    public static partial void BadRequest(ILogger logger, string method, string path, int statusCode, string reason);
}
