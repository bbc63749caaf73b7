using System.Data.Common;
using Microsoft.Extensions.Options;
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
/// the air waybill is visible to, and the air waybill's canonical <see cref="AirWaybillStatus"/> document.
/// </summary>
internal sealed class StatusLifecycle(
    AccsStore store, DocumentWriter writer, DocumentReader reader, IClientKeys clientKeys, IOptions<ClientKeysOptions> keyOptions,
    IOptions<AccsOptions> options)
{
    private const string ReleaseClient = "accs-release";

    /// <summary>Sets <paramref name="code"/> on <paramref name="waybill"/> (whose line and flight are already current); the caller saves the row.</summary>
    public async Task SetCodeAsync(DbConnection c, DbTransaction t, WaybillRow waybill, string code, DateTimeOffset at, ISet<string> changed, CancellationToken ct)
    {
        waybill.Code = code;
        waybill.CodeSetAt = at;
        waybill.ReleaseDueAt = code is "DC" or "PX" ? at + options.Value.ExaminationTime : null;
        await store.AppendCodeAsync(c, t, waybill.Awb, code, at, ct);
        var csn = new FeedRow
        {
            WaybillLine = waybill.WaybillLine,
            Code = code,
            SetAtText = CargoImpDates.DayMonthTime(at),
            Flight = waybill.Flight,
            FlightDayMonth = waybill.FlightDayMonth,
        };
        foreach (var key in VisibleTo(waybill.Prefix))
        {
            var cursor = await store.NextCursorAsync(c, t, key, ct);
            await store.AddFeedEntryAsync(c, t, key, cursor, waybill.Awb, csn, ct);
        }

        changed.Add(waybill.Awb);
    }

    /// <summary>RL for every DC or PX whose examination completed by <paramref name="now"/>, stamped at its completion.</summary>
    public async Task ApplyReleasesAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (!await AnyReleaseDueAsync(now, ct))
        {
            return;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        await store.Database.WriteAsync(async (c, t) =>
        {
            foreach (var awb in await store.DueReleasesAsync(c, t, now, ct))
            {
                var row = (await store.WaybillAsync(c, t, awb, ct))!;
                await SetCodeAsync(c, t, row, ActionCode.Released.Code(), row.ReleaseDueAt!.Value, changed, ct);
                await store.SaveWaybillAsync(c, t, row, isNew: false, ct);
            }

            return 0;
        }, ct);
        await WriteStatusDocumentsAsync(changed, ReleaseClient, ct);
    }

    /// <summary>Whether a release is due by <paramref name="now"/>: a read, so readers need the ACCS lock only when one is.</summary>
    public async Task<bool> AnyReleaseDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var probe = await store.Database.OpenAsync(ct);
        return (await store.DueReleasesAsync(probe, null, now, ct)).Count > 0;
    }

    /// <summary>Brings each changed air waybill's status document up to its code history: one version per code.</summary>
    public async Task WriteStatusDocumentsAsync(IEnumerable<string> awbs, string clientKey, CancellationToken ct)
    {
        foreach (var awb in awbs)
        {
            IReadOnlyList<(string Code, DateTimeOffset At)> codes;
            await using (var c = await store.Database.OpenAsync(ct))
            {
                codes = await store.CodesAsync(c, null, awb, ct);
            }

            var head = await reader.DocumentAsync(awb, ct);
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
                }, ct);
            }
        }
    }

    /// <summary>Whether <paramref name="client"/> may see air waybills of <paramref name="prefix"/> (airlines: theirs; terminals: all).</summary>
    public static bool MaySee(ClientAuthority client, string prefix) =>
        (client.Has(ClientRole.AccsAirline) || client.Has(ClientRole.AccsTerminalOperator)) && client.MayActForPrefix(prefix);

    // Feed membership is judged from the keys configured when the code is set.
    private IEnumerable<string> VisibleTo(string prefix) =>
        keyOptions.Value.Keys.Select(k => clientKeys.Find(k.Key)).OfType<ClientAuthority>()
            .Where(a => MaySee(a, prefix)).Select(a => a.Key).Distinct(StringComparer.Ordinal);
}
