using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Legacy.Rocars;

namespace Strangler.Migration.Legacy.Accs;

/// <summary>
/// An air waybill's ACC_CSN rows as the core's <see cref="AirWaybillStatus"/> document: version n holds the first n
/// codes, received at the n-th code's time. The core stamps each version with the client key of the message that set
/// the code, or its release client for an RL; ACC_CSN keeps only the cause, so the key is that of the ACC_FWB or
/// ACC_FFM_PART naming the air waybill received at the code's time.
/// </summary>
internal static class StatusMapping
{
    /// <summary>The core's client key for releases (Strangler.Core.Accs StatusLifecycle).</summary>
    public const string ReleaseClient = "accs-release";

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal) { "NA", "NC", "DC", "PX", "RL" };

    public static LegacyRead Map(
        string awb, IReadOnlyList<CsnRow> csns, ILookup<(string Awb, DateTimeOffset At), string> fwbSenders,
        ILookup<(string Awb, DateTimeOffset At), string> ffmSenders)
    {
        var first = StoredValue.Time(csns[0].SetAt);
        DateOnly? day = first is { } at ? HongKongTime.Date(at) : null;
        var history = new List<ActionCodeEntry>(csns.Count);
        var versions = new List<DocumentVersion>(csns.Count);
        foreach (var csn in csns)
        {
            LegacyRead Quarantine(string reason) => LegacyRead.Quarantine(
                new QuarantinedRecord(SourceInterface.Accs, $"ACC_CSN {awb} (CSN_ID {csn.CsnId})", day, reason));

            var code = StoredValue.Code(csn.ActionCode);
            if (code is null || !Codes.Contains(code))
            {
                return Quarantine($"ACTION_CODE '{csn.ActionCode}' is not NA, NC, DC, PX or RL.");
            }

            if (StoredValue.Time(csn.SetAt) is not { } setAt)
            {
                return Quarantine($"SET_AT '{csn.SetAt}' is not a time.");
            }

            var sender = StoredValue.Code(csn.Cause) switch
            {
                "EXM" => ReleaseClient,
                "FWB" => fwbSenders[(awb, setAt)].FirstOrDefault(),
                "FFM" => ffmSenders[(awb, setAt)].FirstOrDefault(),
                _ => null,
            };
            if (sender is null)
            {
                return Quarantine($"CAUSE '{csn.Cause}' names no message of this air waybill received at {setAt:yyyy-MM-dd HH:mm:ss}.");
            }

            history.Add(new ActionCodeEntry(code, setAt));
            versions.Add(new DocumentVersion
            {
                Number = versions.Count + 1,
                Function = versions.Count == 0 ? DocumentFunction.Original : DocumentFunction.Amendment,
                ReceivedAt = setAt,
                IssuedReference = awb,
                Source = SourceInterface.Accs,
                ClientKey = sender,
                Document = new AirWaybillStatus { AirWaybillNumber = awb, History = history.ToEquatableList() },
            });
        }

        return LegacyRead.Mapped(new LegacyDocument(awb, nameof(AirWaybillStatus), TransportMode.Air, day!.Value, versions));
    }
}
