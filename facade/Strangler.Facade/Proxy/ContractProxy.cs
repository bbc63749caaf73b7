using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http;
using ContractInterface = Strangler.Facade.Routing.ContractInterface;
using Strangler.Contracts.Time;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Feeds;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Observability;
using Strangler.Facade.Routing;
using Strangler.Facade.Routing.Accs;
using Strangler.Facade.Routing.Answers;
using Strangler.Facade.Routing.Edifact;
using Strangler.Facade.Routing.Rocars;
using Yarp.ReverseProxy.Forwarder;

namespace Strangler.Facade.Proxy;

/// <summary>
/// Every contract URL. Drops client <c>X-Strangler-*</c> headers, then either forwards unread (every unit of the
/// interface in one unmirrored stage) or reads the body once, plans the route, forwards to the first system with
/// YARP, records a mirrored write in the outbox before the client sees the answer, and queues the mirror.
/// </summary>
internal sealed class ContractProxy(
    IHttpForwarder forwarder,
    BackendEndpoints backends,
    SnapshotWatcher stages,
    MirrorQueue mirrors,
    OutboxStore outbox,
    FeedMerge feeds,
    FacadeMetrics metrics,
    TimeProvider clock,
    IOptions<FacadeOptions> options,
    ILogger<ContractProxy> logger)
{
    private readonly FacadeOptions settings = options.Value;

    private static readonly ForwarderRequestConfig RequestConfig = new() { ActivityTimeout = TimeSpan.FromSeconds(100) };

    public async Task HandleAsync(HttpContext context, ContractInterface contractInterface)
    {
        var stripped = FacadeHeaders.StripFromClient(context.Request.Headers);
        if (stripped > 0)
        {
            metrics.StrippedHeaders(stripped);
        }

        var snapshot = stages.Current;
        if (RoutePlanner.UniformSide(contractInterface, snapshot) is { } side)
        {
            // The fast path: nothing to read, nothing to mirror; YARP streams both ways.
            var started = Stopwatch.GetTimestamp();
            var error = await forwarder.SendAsync(context, backends.UrlOf(side, contractInterface), backends.Primary, RequestConfig, ContractTransformer.PassThrough);
            metrics.Request(contractInterface, null, side, mirror: false, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                error != ForwarderError.None);
            return;
        }

        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        var request = new RequestFacts
        {
            Method = context.Request.Method,
            Path = context.Request.Path.Value ?? "/",
            QueryValues = context.Request.Query,
            ApiKey = SingleHeader(context.Request.Headers, ContractHeaders.ApiKey),
            Edifact = HttpMethods.IsPost(context.Request.Method) && contractInterface is ContractInterface.Gets or ContractInterface.Eman
                ? EdifactRequestReader.Read(body) : null,
            Rocars = HttpMethods.IsPost(context.Request.Method) && contractInterface == ContractInterface.Rocars ? RocarsRequestReader.Read(body) : null,
            Accs = HttpMethods.IsPost(context.Request.Method) && contractInterface == ContractInterface.Accs ? AccsRequestReader.Read(body) : null,
        };
        var plan = RoutePlanner.Plan(contractInterface, request, snapshot);
        if (plan.Basis == RouteBasis.Unreadable)
        {
            metrics.Unreadable(contractInterface);
        }

        if (plan.Kind == RequestKind.Feed && plan.Mirror is not null)
        {
            await feeds.ServeAsync(context, contractInterface, request, snapshot);
            return;
        }

        await ForwardPlannedAsync(context, plan, request, body);
    }

    private async Task ForwardPlannedAsync(HttpContext context, RoutePlan plan, RequestFacts request, byte[] body)
    {
        var receivedAt = HongKongTime.ReceivedAt(clock).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        context.Request.Body = new MemoryStream(body, writable: false);
        var transformer = plan.Mirror is null ? ContractTransformer.PassThrough : new ContractTransformer(backends.Credential, receivedAt);

        var originalBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var captured = new CapturedResponseBody();
        context.Features.Set<IHttpResponseBodyFeature>(captured);
        var started = Stopwatch.GetTimestamp();
        ForwarderError error;
        try
        {
            error = await forwarder.SendAsync(context, backends.UrlOf(plan.Primary, plan.Interface), backends.Primary, RequestConfig, transformer);
        }
        finally
        {
            context.Features.Set(originalBody);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var status = context.Response.StatusCode;
        var answer = await captured.ToArrayAsync();
        metrics.Request(plan.Interface, UnitName(plan), plan.Primary, mirror: false, status, elapsed, error != ForwarderError.None);

        MirrorRequest? mirror = null;
        if (plan.Mirror is { } target && error == ForwarderError.None && status < 500)
        {
            var issued = status is >= 200 and < 300 ? IssuedReferenceReader.Read(plan.Interface, answer) : null;
            if (issued is not null && request.Edifact is not null)
            {
                // An amendment or cancellation answers with the number it keeps; only new documents' numbers are sent.
                issued = issued.ForNewDocuments(request.Edifact);
            }

            mirror = new MirrorRequest
            {
                Interface = plan.Interface,
                Kind = plan.Kind,
                Primary = plan.Primary,
                Target = target,
                Method = context.Request.Method,
                PathAndQuery = context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent(),
                ContentType = SingleHeader(context.Request.Headers, "Content-Type"),
                ContentEncoding = SingleHeader(context.Request.Headers, "Content-Encoding"),
                ApiKey = request.ApiKey,
                MessageIdHeader = SingleHeader(context.Request.Headers, ContractHeaders.MessageId),
                Body = body,
                ReceivedAt = receivedAt,
                Issued = issued?.IssuedHeader(),
                AnswerRef = issued?.AnswerRef,
                PrimaryStatus = status,
                PrimaryBody = answer,
                PrimaryMs = elapsed,
                Unit = UnitName(plan),
                Stage = plan.Stage.Name(),
                MessageType = plan.MessageType,
                OrderKey = MirrorOrder.KeyOf(plan.Interface, request.ApiKey),
                CreatedAtMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            };

            // A write the first system accepted reaches the second one even if this process dies now: it is in the
            // outbox before the client sees the answer.
            if (plan.Kind == RequestKind.Write && status is >= 200 and < 300)
            {
                try
                {
                    var (id, olderPending) = await outbox.AddAsync(mirror, TimeSpan.FromSeconds(settings.Mirror.LeaseSeconds), CancellationToken.None);
                    mirror = mirror with { OutboxId = id, FirstAttemptLeased = !olderPending };
                }
                catch (Exception e)
                {
                    metrics.OutboxWriteFailed();
                    logger.LogError(e, "Could not record a mirrored {Interface} write in the outbox; mirroring it from memory only.", plan.Interface);
                }
            }
            else if (plan.Kind != RequestKind.Write)
            {
                mirror = mirror with { AfterOutboxId = outbox.LastAdded(mirror.OrderKey) };
            }
        }

        if (answer.Length > 0)
        {
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        }

        if (mirror is not null)
        {
            mirrors.Offer(mirror);
        }
    }

    private static string? UnitName(RoutePlan plan) => plan.Unit?.ToString().ToLowerInvariant();

    private static string? SingleHeader(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    // Read once, into the one array the readers, YARP and the mirror all share (Kestrel holds bodies to 1 MiB).
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // A declared length is trusted for the allocation only within Kestrel's body limit; beyond it the read fails at the limit.
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0;
        if (request.ContentLength is { } length && length <= limit)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, cancellationToken);
            return body;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
