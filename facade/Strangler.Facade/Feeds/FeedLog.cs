using Strangler.Facade.Routing;

namespace Strangler.Facade.Feeds;

/// <summary>The merged feeds' log lines, defined once with stable event ids.</summary>
internal static partial class FeedLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning,
        Message = "The {Side} {Interface} feed could not be read ({Reason}); skipped this time, its position kept ({Skipped} skips so far).")]
    public static partial void SideSkipped(ILogger logger, Side side, ContractInterface @interface, string reason, long skipped);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning,
        Message = "The legacy {Interface} feed answer is not a feed the facade can read; passed through unmerged.")]
    public static partial void LegacyUnreadable(ILogger logger, ContractInterface @interface);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Information,
        Message = "The {Interface} feed ledger moved under this request (another request or replica appended); read again ({Attempt}).")]
    public static partial void LedgerMoved(ILogger logger, ContractInterface @interface, int attempt);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Error,
        Message = "The {Interface} feed ledger could not be read or written; legacy's own feed was served unmerged.")]
    public static partial void LedgerFailed(ILogger logger, Exception exception, ContractInterface @interface);
}
