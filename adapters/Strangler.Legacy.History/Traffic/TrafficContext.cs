using System.Globalization;
using Strangler.Contracts.Time;
using Strangler.Legacy.History.Clients;

namespace Strangler.Legacy.History.Traffic;

/// <summary>
/// What building requests needs at dispatch time: the client keys, and the references a client chooses
/// itself (interchange refs, MessageIds), numbered per interface in that interface's order with the run
/// tag in front, so that interfaces sent concurrently still number the same way on every run.
/// </summary>
internal sealed class TrafficContext(HistoryClients clients, string runTag)
{
    private long _getsInterchange;
    private long _emanInterchange;
    private long _messageId;

    public HistoryClients Clients { get; } = clients;

    public string RunTag { get; } = runTag;

    /// <summary>1–14 characters of A–Z 0–9, unique per run (so per key).</summary>
    public string NextInterchangeRef(HistoryInterface edifactInterface) =>
        RunTag + (edifactInterface == HistoryInterface.Gets ? ++_getsInterchange : ++_emanInterchange).ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>A ROCARS MessageId (1–35 characters), unique per run.</summary>
    public string NextMessageId(string kind) => $"{RunTag}-{kind}-{(++_messageId).ToString("D9", CultureInfo.InvariantCulture)}";

    public static string Date(DateTimeOffset at) => HongKongTime.ToHongKong(at).ToString("yyMMdd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => HongKongTime.ToHongKong(at).ToString("HHmm", CultureInfo.InvariantCulture);

    public static string Ccyymmdd(DateTimeOffset at) => HongKongTime.ToHongKong(at).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Ccyymmddhhmm(DateTimeOffset at) => HongKongTime.ToHongKong(at).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
}
