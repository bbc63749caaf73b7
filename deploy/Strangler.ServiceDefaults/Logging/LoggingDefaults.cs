using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Strangler.ServiceDefaults.Logging;

/// <summary>
/// Console logs: one JSON object per line with scopes and UTC timestamps (what log collectors parse);
/// readable single lines in Development.
/// </summary>
internal static class LoggingDefaults
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static IHostApplicationBuilder AddLoggingDefaults(this IHostApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.IncludeScopes = true;
                console.SingleLine = true;
                console.UseUtcTimestamp = true;
                console.TimestampFormat = "HH:mm:ss.fff ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(console =>
            {
                console.IncludeScopes = true;
                console.UseUtcTimestamp = true;
                console.TimestampFormat = TimestampFormat;
            });
        }

        return builder;
    }
}
