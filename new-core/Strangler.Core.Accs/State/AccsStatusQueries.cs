using System.Text.RegularExpressions;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;

namespace Strangler.Core.Accs.State;

/// <summary>GET /accs/v1/status/{awb} and the key's CSN feed; releases due by the request's received-at are applied first.</summary>
internal sealed partial class AccsStatusQueries(AccsStore store, StatusLifecycle lifecycle)
{
    public async Task<ContractAnswer> StatusAsync(ContractRequest request, string awb, CancellationToken ct)
    {
        if (!AwbNumber().IsMatch(awb) || !AirWaybillNumber.IsValid(awb))
        {
            return ContractAnswer.NotFound;
        }

        await lifecycle.ApplyReleasesAsync(request.ReceivedAt, ct); // takes only the due air waybills' locks
        await using var c = await store.Database.OpenAsync(ct);
        if (await store.WaybillAsync(c, null, awb, ct) is not { } row || !StatusLifecycle.MaySee(request.Client, row.Prefix) ||
            !ActionCodes.TryParse(row.Code, out var code))
        {
            return ContractAnswer.NotFound;
        }

        var csn = new CustomsStatusNotification(
            row.WaybillLine, code, Strangler.CargoImp.CargoImpDates.DayMonthTime(row.CodeSetAt), row.Flight, row.FlightDayMonth);
        return ContractAnswer.Text(csn.ToBytes());
    }

    public async Task<ContractAnswer> FeedAsync(ContractRequest request, CancellationToken ct)
    {
        await lifecycle.ApplyReleasesAsync(request.ReceivedAt, ct); // takes only the due air waybills' locks
        await using var c = await store.Database.OpenAsync(ct);
        var rows = await store.FeedAsync(c, request.Client.Key, request.Query["after"], request.Query["max"], ct);
        var entries = rows.Select(r => new StatusFeedEntry(
            new CustomsStatusNotification(r.WaybillLine, Parse(r.Code), r.SetAtText, r.Flight, r.FlightDayMonth), r.Cursor));
        return ContractAnswer.Text(StatusFeed.Write(entries));
    }

    private static ActionCode Parse(string code) =>
        ActionCodes.TryParse(code, out var parsed) ? parsed : throw new InvalidOperationException($"Stored action code {code}.");

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AwbNumber();
}
