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

    /// <summary>In <see cref="GateMode.Slow"/>, which requests are delayed (all when null): one client's, one path's.</summary>
    public Func<HttpRequest, bool>? SlowWhen { get; set; }

    /// <summary>In <see cref="GateMode.Tamper"/>, what happens to each answer body on its way back (a seeded defect).</summary>
    public Func<byte[], byte[]> Tamper { get; set; } = body => body;

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
                case GateMode.Slow when gate.SlowWhen?.Invoke(context.Request) ?? true:
                    await Task.Delay(gate.Delay, context.RequestAborted);
                    break;
            }

            if (gate.Mode == GateMode.Tamper)
            {
                await gate.ForwardTamperedAsync(context, target);
                return;
            }

            var forwarder = context.RequestServices.GetRequiredService<IHttpForwarder>();
            await forwarder.SendAsync(context, target.ToString().TrimEnd('/'), gate._invoker);
        });
        await app.StartAsync();
        gate.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return gate;
    }

    private async Task ForwardTamperedAsync(HttpContext context, Uri target)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            target.ToString().TrimEnd('/') + context.Request.Path + context.Request.QueryString);
        if (body.Length > 0 || context.Request.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()) && request.Content is not null)
            {
                request.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        request.Headers.Host = null;
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }, disposeHandler: true);
        using var response = await client.SendAsync(request);
        var answer = Tamper(await response.Content.ReadAsByteArrayAsync());
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } type)
        {
            context.Response.ContentType = type.ToString();
        }

        await context.Response.Body.WriteAsync(answer);
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

    /// <summary>Pass, but change each answer with <see cref="FaultGate.Tamper"/>.</summary>
    Tamper,
}
