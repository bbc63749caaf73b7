using System.Text.Json;
using Microsoft.Extensions.Options;
using Strangler.Facade.Comparison;
using Strangler.Facade.Observability;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Mirroring;

/// <summary>
/// One delivery of a mirrored request: claim its outbox row (writes; the first attempt of a row written leased needs
/// none), send it, compare the answers, record the comparison and retire the row in one commit; a write the second
/// system did not take stays in the outbox with a back-off.
/// </summary>
public sealed class MirrorProcessor(
    MirrorSender sender, OutboxStore outbox, ComparisonStore comparisons, QueuedDeclarations queuedDeclarations, FacadeMetrics metrics,
    IOptions<FacadeOptions> options, ILogger<MirrorProcessor> logger)
{
    private readonly FacadeOptions.MirrorSettings _settings = options.Value.Mirror;

    /// <summary>
    /// Holds a read until the writes of its key answered before it have reached the second system, at most the mirror
    /// timeout (then it is sent anyway, and a difference it shows is recorded like any other).
    /// </summary>
    private async Task AwaitEarlierWritesAsync(MirrorRequest request, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)(_settings.TimeoutSeconds * 1000);
        while (await outbox.PendingUpToAsync(request.OrderKey, request.AfterOutboxId, cancellationToken) && Environment.TickCount64 < deadline)
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>True when the request needs nothing more (delivered, or a read that failed and is only counted).</summary>
    public async Task<bool> ProcessAsync(MirrorRequest request, CancellationToken cancellationToken)
    {
        var write = request.OutboxId > 0;
        if (write && !request.FirstAttemptLeased &&
            !await outbox.TryClaimAsync(request.OutboxId, request.OrderKey, TimeSpan.FromSeconds(_settings.LeaseSeconds), cancellationToken))
        {
            return false; // another replica holds it, or an older write of the same key is still pending: the sweeper keeps the order
        }

        if (!write && request.AfterOutboxId > 0)
        {
            await AwaitEarlierWritesAsync(request, cancellationToken);
        }

        var attempts = request.Attempts + 1;
        if (write && request.Interface == ContractInterface.Gets && request.Primary == Side.Legacy &&
            QueuedDeclarations.QueuedRefs(request.PrimaryBody) is { Count: > 0 } queued)
        {
            // Legacy numbers queued declarations only when it opens: wait for its acknowledgements (facade/README.md).
            var issued = await queuedDeclarations.IssuedAsync(request, queued, cancellationToken);
            if (issued is null)
            {
                await outbox.FailedAsync(request with { Attempts = attempts }, "waiting for legacy to acknowledge queued declarations",
                    TimeSpan.FromSeconds(_settings.MaxBackoffSeconds), cancellationToken);
                return false;
            }

            request = request with { Issued = issued.Length == 0 ? null : issued };
        }

        var answer = await sender.SendAsync(request, cancellationToken);
        string outcome;
        string differences;
        if (answer.Delivered)
        {
            var comparison = AnswerComparer.Compare(request.Interface, request.PrimaryStatus, request.PrimaryBody, answer.Status!.Value, answer.Body);
            outcome = comparison.Verdict == ComparisonVerdict.Equal ? ComparisonOutcomes.Equal : ComparisonOutcomes.Different;
            differences = JsonSerializer.Serialize(comparison.Differences);
        }
        else
        {
            outcome = ComparisonOutcomes.SecondaryFailed;
            differences = JsonSerializer.Serialize(new[] { new { Field = "mirror", Primary = (string?)null, Secondary = answer.Error ?? $"HTTP {answer.Status}" } });
        }

        var delivered = write && answer.Delivered ? request.OutboxId : 0;
        var comparisonId = request.ComparisonId;
        try
        {
            if (comparisonId == 0)
            {
                comparisonId = await comparisons.AddAsync(request, answer.Status, answer.Body, answer.Status is null ? null : answer.Milliseconds,
                    outcome, differences, attempts, delivered, cancellationToken);
                metrics.Compared(request.Interface, request.Unit, outcome);
            }
            else if (answer.Delivered)
            {
                await comparisons.CompleteAsync(comparisonId, answer.Status!.Value, answer.Body!, answer.Milliseconds, outcome, differences, attempts,
                    delivered, cancellationToken);
                metrics.Compared(request.Interface, request.Unit, outcome);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not record the comparison of a mirrored {Interface} request.", request.Interface);
            if (delivered > 0)
            {
                await outbox.DeliveredAsync(delivered, cancellationToken);
            }
        }

        if (!write || answer.Delivered)
        {
            return true; // reads are compared once and never retried; a delivered write's row went with its comparison
        }

        var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts - 1), _settings.MaxBackoffSeconds));
        await outbox.FailedAsync(request with { Attempts = attempts, ComparisonId = comparisonId }, answer.Error ?? $"HTTP {answer.Status}", backoff, cancellationToken);
        logger.LogInformation("Mirrored {Interface} write to {Side} failed ({Error}); retrying from the outbox in {Backoff}.",
            request.Interface, request.Target, answer.Error ?? $"HTTP {answer.Status}", backoff);
        return false;
    }
}
