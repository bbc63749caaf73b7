using System.Net;
using Microsoft.Extensions.Options;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Mirroring;

/// <summary>The two systems' base URLs and the HTTP handlers the facade talks to them with (one for answers, one for mirrors).</summary>
public sealed class BackendEndpoints : IDisposable
{
    private readonly FacadeOptions _options;

    public BackendEndpoints(IOptions<FacadeOptions> options)
    {
        _options = options.Value;
        Primary = new HttpMessageInvoker(NewHandler());
        Mirror = new HttpMessageInvoker(NewHandler());
        CoreUrl = _options.Core.TrimEnd('/');
    }

    /// <summary>YARP forwards client requests through this one.</summary>
    public HttpMessageInvoker Primary { get; }

    /// <summary>Mirrors go through their own connections, so a slow second system cannot take the first one's.</summary>
    public HttpMessageInvoker Mirror { get; }

    public string CoreUrl { get; }

    public string Credential => _options.Credential;

    public string UrlOf(Side side, ContractInterface contractInterface) =>
        side == Side.Core ? CoreUrl : _options.LegacyUrl(contractInterface).ToString().TrimEnd('/');

    public void Dispose()
    {
        Primary.Dispose();
        Mirror.Dispose();
    }

    private static SocketsHttpHandler NewHandler() => new()
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        ActivityHeadersPropagator = null,
    };
}
