using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Strangler.Contracts.Http;
using ContractInterface = Strangler.Facade.Routing.ContractInterface;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Observability;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Feeds;

/// <summary>
/// Feeds (GETS acknowledgements, EMAN notices, ACCS statuses) while a unit of the interface is mirrored: one feed of
/// the entries each system owns, with facade cursors kept in a ledger so that a re-read returns the same entries
/// under the same cursors. The rules and the reasons for them are in facade/Strangler.Facade/Feeds/README.md.
/// </summary>
internal sealed class FeedMerge(
    BackendEndpoints backends, ControlPlaneDatabase database, FacadeMetrics metrics, TimeProvider clock, ILogger<FeedMerge> logger)
{
    /// <summary>The contracts' largest <c>max</c>: each system is read in pages of this size.</summary>
    internal const int PageSize = 500;

    private const int MaxPages = 20;
    private const int MaxAttempts = 5;
    private static readonly TimeSpan SideTimeout = TimeSpan.FromSeconds(30);

    // Built here rather than registered, so the facade's composition (FacadeHost) does not change for it.
    private readonly FeedLedger _ledger = new(database, clock);

    private long _skipped;

    public async Task ServeAsync(HttpContext context, ContractInterface contractInterface, RequestFacts request, RoutingSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = context.RequestAborted;
        var path = context.Request.Path.ToUriComponent();
        var started = Stopwatch.GetTimestamp();

        // Legacy first, with the client's key and query: it authenticates the key and judges after/max, and its
        // answer's envelope belongs to this GET.
        var first = await GetAsync(Side.Legacy, contractInterface, path + context.Request.QueryString.ToUriComponent(), request.ApiKey, cancellationToken);
        if (first is null)
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            Record(contractInterface, StatusCodes.Status502BadGateway, started, failed: true);
            return;
        }

        var page = first.Status == StatusCodes.Status200OK ? Read(contractInterface, first.Body) : null;
        if (page is null || !TryLimits(request, out var after, out var max) || request.ApiKey is not { } apiKey)
        {
            if (first.Status == StatusCodes.Status200OK)
            {
                FeedLog.LegacyUnreadable(logger, contractInterface);
            }

            await AnswerAsync(context, first.Status, first.ContentType, first.Body, cancellationToken);
            Record(contractInterface, first.Status, started, failed: false);
            return;
        }

        IReadOnlyList<ServedEntry> served;
        try
        {
            served = await MergedAsync(contractInterface, path, apiKey, after, max, page, snapshot, cancellationToken);
        }
        catch (Exception e) when (e is DbException or TimeoutException)
        {
            // Without its ledger the facade cannot promise stable cursors: legacy's own feed is the honest answer.
            FeedLog.LedgerFailed(logger, e, contractInterface);
            await AnswerAsync(context, first.Status, first.ContentType, first.Body, cancellationToken);
            Record(contractInterface, first.Status, started, failed: false);
            return;
        }

        var body = contractInterface == ContractInterface.Accs ? AccsFeed.Write(served) : EdifactFeed.Write(page, served);
        await AnswerAsync(context, StatusCodes.Status200OK, first.ContentType, body, cancellationToken);
        Record(contractInterface, StatusCodes.Status200OK, started, failed: false);
    }

    /// <summary>The entries to serve: the ledger caught up, then up to <paramref name="max"/> after <paramref name="after"/>.</summary>
    private async Task<IReadOnlyList<ServedEntry>> MergedAsync(
        ContractInterface contractInterface, string path, string apiKey, long after, int max, FeedPage legacyPage, RoutingSnapshot snapshot,
        CancellationToken cancellationToken)
    {
        var keyHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey))).ToLowerInvariant();
        var position = await _ledger.OpenAsync(contractInterface, keyHash, after, cancellationToken);
        position = await CatchUpAsync(contractInterface, path, apiKey, keyHash, position, snapshot, cancellationToken);

        // Below the ledger's base the client is re-reading what legacy served before the merge: legacy's own entries.
        var served = new List<ServedEntry>(Math.Min(max, 100));
        if (after < position.Base)
        {
            served.AddRange(legacyPage.Entries.Where(e => e.Cursor > after && e.Cursor <= position.Base).Take(max)
                .Select(e => new ServedEntry(e.Cursor, e.Body)));
        }

        if (served.Count < max)
        {
            served.AddRange(await _ledger.EntriesAsync(contractInterface, keyHash, Math.Max(after, position.Base), max - served.Count, cancellationToken));
        }

        return served;
    }

    /// <summary>Reads each system's feed after its position and appends the entries it owns, until both are read out.</summary>
    private async Task<FeedPosition> CatchUpAsync(
        ContractInterface contractInterface, string path, string apiKey, string keyHash, FeedPosition position, RoutingSnapshot snapshot,
        CancellationToken cancellationToken)
    {
        var attempts = 0;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var legacy = await ReadSideAsync(Side.Legacy, contractInterface, path, apiKey, position.Legacy, cancellationToken);
            var core = await ReadSideAsync(Side.Core, contractInterface, path, apiKey, position.Core, cancellationToken);
            if (legacy.Count == 0 && core.Count == 0)
            {
                break;
            }

            var kept = FeedOrder.Merge(
                legacy.Where(e => FeedOwnership.OwnerOf(contractInterface, e.Reference, snapshot) == Side.Legacy).ToList(),
                core.Where(e => FeedOwnership.OwnerOf(contractInterface, e.Reference, snapshot) == Side.Core).ToList());
            var legacyTo = legacy.Count == 0 ? position.Legacy : legacy.Max(e => e.Cursor);
            var coreTo = core.Count == 0 ? position.Core : core.Max(e => e.Cursor);
            if (await _ledger.AppendAsync(contractInterface, keyHash, position, kept, legacyTo, coreTo, cancellationToken))
            {
                position = position with { Last = position.Last + kept.Count, Legacy = legacyTo, Core = coreTo };
                if (legacy.Count < PageSize && core.Count < PageSize)
                {
                    break;
                }

                continue;
            }

            // Another request or replica appended first: its entries stand; read on from where it left the ledger.
            if (++attempts > MaxAttempts)
            {
                break;
            }

            FeedLog.LedgerMoved(logger, contractInterface, attempts);
            position = await _ledger.OpenAsync(contractInterface, keyHash, position.Base, cancellationToken);
        }

        return position;
    }

    /// <summary>One page of a system's feed after <paramref name="after"/>; empty when it fails (skipped, position kept).</summary>
    private async Task<IReadOnlyList<FeedEntry>> ReadSideAsync(
        Side side, ContractInterface contractInterface, string path, string apiKey, long after, CancellationToken cancellationToken)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"?after={after}&max={PageSize}");
        var answer = await GetAsync(side, contractInterface, path + query, apiKey, cancellationToken);
        var reason = answer is null ? "unreachable" : answer.Status != StatusCodes.Status200OK ? $"HTTP {answer.Status}" : null;
        var page = reason is null ? Read(contractInterface, answer!.Body) : null;
        if (page is null)
        {
            FeedLog.SideSkipped(logger, side, contractInterface, reason ?? "unreadable answer", Interlocked.Increment(ref _skipped));
            return [];
        }

        // A cursor at or below the position was read already (a system that ignores after would otherwise repeat).
        return page.Entries.Where(e => e.Cursor > after).ToList();
    }

    private FeedPage? Read(ContractInterface contractInterface, byte[] body) =>
        contractInterface == ContractInterface.Accs ? AccsFeed.Read(body, clock.GetUtcNow()) : EdifactFeed.Read(contractInterface, body);

    private async Task<SideAnswer?> GetAsync(Side side, ContractInterface contractInterface, string pathAndQuery, string? apiKey, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, backends.UrlOf(side, contractInterface) + pathAndQuery);
        if (apiKey is not null)
        {
            message.Headers.TryAddWithoutValidation(ContractHeaders.ApiKey, apiKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SideTimeout);
        try
        {
            using var response = await backends.Primary.SendAsync(message, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return new SideAnswer((int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    /// <summary>after (default 0) and max (default 100), already judged by legacy; false if legacy let through something else.</summary>
    private static bool TryLimits(RequestFacts request, out long after, out int max)
    {
        after = 0;
        max = 100;
        var afterText = request.Query("after");
        var maxText = request.Query("max");
        return (afterText is null || long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out after)) &&
               (maxText is null || (int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max) && max is >= 1 and <= PageSize));
    }

    private static async Task AnswerAsync(HttpContext context, int status, string? contentType, byte[] body, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        if (body.Length > 0)
        {
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, cancellationToken);
        }
    }

    private void Record(ContractInterface contractInterface, int status, long started, bool failed) =>
        metrics.Request(contractInterface, null, Side.Legacy, mirror: false, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds, failed);
}
