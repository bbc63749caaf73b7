using System.Diagnostics;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http;
using Strangler.Facade.Observability;

namespace Strangler.Facade.Mirroring;

/// <summary>Sends one mirrored request to the second system with the facade's headers, within the mirror timeout.</summary>
public sealed class MirrorSender(BackendEndpoints backends, FacadeMetrics metrics, IOptions<FacadeOptions> options)
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.Mirror.TimeoutSeconds);

    public async Task<MirrorAnswer> SendAsync(MirrorRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), backends.UrlOf(request.Target, request.Interface) + request.PathAndQuery);
        if (request.Body.Length > 0 || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.Remove("Content-Type");
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            if (request.ContentEncoding is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Encoding", request.ContentEncoding);
            }
        }

        if (request.ApiKey is not null)
        {
            message.Headers.TryAddWithoutValidation(ContractHeaders.ApiKey, request.ApiKey);
        }

        if (request.MessageIdHeader is not null)
        {
            message.Headers.TryAddWithoutValidation(ContractHeaders.MessageId, request.MessageIdHeader);
        }

        message.Headers.TryAddWithoutValidation(ContractHeaders.Facade, backends.Credential);
        message.Headers.TryAddWithoutValidation(ContractHeaders.ReceivedAt, request.ReceivedAt);
        if (request.Issued is not null)
        {
            message.Headers.TryAddWithoutValidation(ContractHeaders.Issued, request.Issued);
        }

        if (request.AnswerRef is not null)
        {
            message.Headers.TryAddWithoutValidation(ContractHeaders.AnswerRef, request.AnswerRef);
        }

        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await backends.Mirror.SendAsync(message, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            metrics.Request(request.Interface, request.Unit, request.Target, mirror: true, (int)response.StatusCode, elapsed, failed: false);
            return new MirrorAnswer((int)response.StatusCode, body, elapsed, null);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException && !cancellationToken.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            metrics.Request(request.Interface, request.Unit, request.Target, mirror: true, 0, elapsed, failed: true);
            return new MirrorAnswer(null, null, elapsed, e is OperationCanceledException ? "timed out" : e.Message);
        }
    }
}
