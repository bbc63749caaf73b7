using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Strangler.Facade.Testing;

/// <summary>
/// A real HTTP hop in front of one system that a test can switch: pass everything through, drop every connection
/// (the system is down), or hold each request before passing it (the system is slow).
/// </summary>
public sealed class FaultGate : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _invoker = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false });

    private FaultGate(WebApplication app) => _app = app;

    public GateMode Mode { get; set; } = GateMode.Pass;

    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Requests that reached the gate (passed or not).</summary>
    public int Seen => _seen;

    private int _seen;

    public Uri Address { get; private set; } = null!;

    public static async Task<FaultGate> StartAsync(Uri target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["urls"] = "http://127.0.0.1:0";
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        var app = builder.Build();
        var gate = new FaultGate(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref gate._seen);
            switch (gate.Mode)
            {
                case GateMode.Down:
                    context.Abort();
                    return;
                case GateMode.Slow:
                    await Task.Delay(gate.Delay, context.RequestAborted);
                    break;
            }

            var forwarder = context.RequestServices.GetRequiredService<IHttpForwarder>();
            await forwarder.SendAsync(context, target.ToString().TrimEnd('/'), gate._invoker);
        });
        await app.StartAsync();
        gate.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return gate;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _invoker.Dispose();
    }
}

public enum GateMode
{
    Pass,
    Down,
    Slow,
}
