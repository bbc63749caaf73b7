namespace Strangler.ServiceDefaults.Errors;

/// <summary>Stable log event ids of the service defaults, for alerts and log queries.</summary>
public static class ServiceEvents
{
    /// <summary>A request failed with an exception and was answered 500.</summary>
    public const int UnhandledException = 5000;

    /// <summary>A request was malformed at the HTTP level (too large body, bad framing) and answered 4xx.</summary>
    public const int BadHttpRequest = 5001;
}
