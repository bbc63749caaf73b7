using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Strangler.Contracts.Http.Clients;
using Strangler.Core;
using Strangler.Core.Hosting;

namespace Strangler.Local;

/// <summary>
/// The new core of the local run: every module on one host, its SQLite store under the data folder, the same client
/// keys as the stand-ins, and an operator and an auditor whose bearer tokens are drawn afresh for this run (only their
/// hashes are configured; the tokens are printed, never written to a file).
/// </summary>
internal sealed class LocalCore : IAsyncDisposable
{
    private LocalCore(WebApplication app, string url, string operatorToken, string auditorToken)
    {
        App = app;
        Url = url;
        OperatorToken = operatorToken;
        AuditorToken = auditorToken;
    }

    public WebApplication App { get; }

    public string Url { get; }

    public string OperatorToken { get; }

    public string AuditorToken { get; }

    public static LocalCore Build(string dataFolder, IReadOnlyDictionary<string, string?> extraClients, int port = 5185)
    {
        var url = $"http://127.0.0.1:{port}";
        var operatorToken = NewToken();
        var auditorToken = NewToken();
        var app = CoreHost.Build([], CoreModules.All(), builder =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["urls"] = url,
                ["CoreStore:Provider"] = "Sqlite",
                ["CoreStore:ConnectionString"] = $"Data Source={Path.Combine(dataFolder, "core.db")}",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            };
            foreach (var (key, value) in SampleClients.Configuration)
            {
                settings[key] = value;
            }

            foreach (var (key, value) in extraClients)
            {
                settings[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(settings.Concat(LocalAdmins.Settings(operatorToken, auditorToken)));
        });
        return new LocalCore(app, url, operatorToken, auditorToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => App.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
