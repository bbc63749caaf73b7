using System.Data.Common;
using Microsoft.Extensions.Options;
using Strangler.Core.Hosting.Concurrency;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Http.Clients;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Accs.State;

/// <summary>
/// Sets action codes (NA → decision → RL after DC or PX): the code history, one CSN into the feed of every configured key
/// the air waybill is visible to, and the air waybill's canonical <see cref="AirWaybillStatus"/> document — all inside the
/// caller's write transaction.
/// </summary>
internal sealed class StatusLifecycle(
    AccsStore store, KeyedLocks locks, DocumentWriter writer, DocumentReader reader, IClientKeys clientKeys,
    IOptions<AccsOptions> options)
{
    private const string ReleaseClient = "accs-release";

    /// <summary>Sets <paramref name="code"/> on <paramref name="waybill"/> (whose line and flight are already current); the caller saves the row.</summary>
    public async Task SetCodeAsync(DbConnection c, DbTransaction t, WaybillRow waybill, string code, DateTimeOffset at, CodeChanges changes, CancellationToken ct)
    {
        waybill.Code = code;
        waybill.CodeSetAt = at;
        waybill.ReleaseDueAt = code is "DC" or "PX" ? at + options.Value.ExaminationTime : null;
        await store.AppendCodeAsync(c, t, waybill.Awb, code, at, ct);
        changes.Add(waybill.Prefix, waybill.Awb, new FeedRow
        {
            WaybillLine = waybill.WaybillLine,
            Code = code,
            SetAtText = CargoImpDates.DayMonthTime(at),
            Flight = waybill.Flight,
            FlightDayMonth = waybill.FlightDayMonth,
        });
    }

    /// <summary>
    /// RL for every DC or PX whose examination completed by <paramref name="now"/>, stamped at its completion, in one
    /// transaction under the locks of the air waybills concerned (taken together, so never nested in a request's own).
    /// </summary>
    public async Task ApplyReleasesAsync(DateTimeOffset now, CancellationToken ct)
    {
        IReadOnlyList<string> due;
        await using (var probe = await store.Database.OpenAsync(ct))
        {
            due = await store.DueReleasesAsync(probe, null, now, ct);
        }

        if (due.Count == 0)
        {
            return;
        }

        using var held = await locks.EnterAsync(due, ct);
        await store.Database.WriteAsync(async (c, t) =>
        {
            var changes = new CodeChanges();
            foreach (var awb in due)
            {
                // Re-read under the lock: another request (or process: the row lock of FOR UPDATE) may have released it.
                if (await store.WaybillAsync(c, t, awb, ct, forUpdate: true) is { ReleaseDueAt: { } at } row && at <= now)
                {
                    await SetCodeAsync(c, t, row, ActionCode.Released.Code(), at, changes, ct);
                    await store.SaveWaybillAsync(c, t, row, isNew: false, ct);
                }
            }

            await WriteChangesAsync(c, t, changes, ReleaseClient, ct);
            return 0;
        }, ct);
    }

    /// <summary>The status documents, then the feed (whose cursor rows stay locked until commit, so it comes late).</summary>
    public async Task WriteChangesAsync(DbConnection c, DbTransaction t, CodeChanges changes, string clientKey, CancellationToken ct)
    {
        await WriteStatusDocumentsAsync(c, t, changes.Awbs, clientKey, ct);
        await WriteFeedAsync(c, t, changes, ct);
    }

    /// <summary>
    /// Brings each changed air waybill's status document up to its code history: one version per code. The versions now
    /// commit with the codes; the catch-up stays for code histories written without their documents (older rows).
    /// </summary>
    public async Task WriteStatusDocumentsAsync(DbConnection c, DbTransaction t, IEnumerable<string> awbs, string clientKey, CancellationToken ct)
    {
        foreach (var awb in awbs)
        {
            var codes = await store.CodesAsync(c, t, awb, ct);
            var head = await reader.DocumentAsync(awb, c, t, ct);
            for (var n = (head?.CurrentVersion ?? 0) + 1; n <= codes.Count; n++)
            {
                var history = codes.Take(n).Select(x => new ActionCodeEntry(x.Code, x.At)).ToEquatableList();
                await writer.SaveVersionAsync(new DocumentVersion
                {
                    Number = n,
                    Function = n == 1 ? DocumentFunction.Original : DocumentFunction.Amendment,
                    ReceivedAt = codes[n - 1].At,
                    IssuedReference = awb,
                    Source = SourceInterface.Accs,
                    ClientKey = clientKey,
                    Document = new AirWaybillStatus { AirWaybillNumber = awb, History = history },
                }, c, t, ct);
            }
        }
    }

    /// <summary>
    /// One CSN per change into the feed of every key that may see it, in the order set. Keys are advanced in ordinal order
    /// in one statement, so concurrent transactions lock cursor rows in one order; a cursor row stays locked until commit,
    /// so a key's cursors become visible in cursor order and a reader paging by cursor never skips one.
    /// </summary>
    public async Task WriteFeedAsync(DbConnection c, DbTransaction t, CodeChanges changes, CancellationToken ct)
    {
        if (changes.Notifications.Count == 0)
        {
            return;
        }

        var visible = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var perKey = new SortedDictionary<string, List<(string Awb, FeedRow Csn)>>(StringComparer.Ordinal);
        foreach (var (prefix, awb, csn) in changes.Notifications)
        {
            if (!visible.TryGetValue(prefix, out var keys))
            {
                visible[prefix] = keys = VisibleTo(prefix).ToList();
            }

            foreach (var key in keys)
            {
                if (!perKey.TryGetValue(key, out var list))
                {
                    perKey[key] = list = [];
                }

                list.Add((awb, csn));
            }
        }

        if (perKey.Count == 0)
        {
            return;
        }

        var last = await store.AdvanceCursorsAsync(c, t, perKey.Select(p => (p.Key, (long)p.Value.Count)).ToList(), ct);
        var entries = new List<(string Key, long Cursor, string Awb, FeedRow Csn)>();
        foreach (var (key, list) in perKey)
        {
            var first = last[key] - list.Count + 1;
            entries.AddRange(list.Select((e, i) => (key, first + i, e.Awb, e.Csn)));
        }

        await store.AddFeedEntriesAsync(c, t, entries, ct);
    }

    /// <summary>Whether <paramref name="client"/> may see air waybills of <paramref name="prefix"/> (airlines: theirs; terminals: all).</summary>
    public static bool MaySee(ClientAuthority client, string prefix) =>
        (client.Has(ClientRole.AccsAirline) || client.Has(ClientRole.AccsTerminalOperator)) && client.MayActForPrefix(prefix);

    // Feed membership is judged from the keys configured when the code is set.
    private IEnumerable<string> VisibleTo(string prefix) =>
        clientKeys.All.Where(a => MaySee(a, prefix)).Select(a => a.Key);
}
