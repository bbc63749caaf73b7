using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.Rocars.Store;

/// <summary>
/// The one-letter codes the legacy store keeps instead of the contract's words (SCHEMA.md), and the
/// conversion of times to the Hong Kong local times it stores without zone.
/// </summary>
internal static class StoreCodes
{
    public const string AciActive = "L";
    public const string AciCancelled = "X";
    public const string BundleBundled = "B";
    public const string BundleUnbundled = "U";
    public const string ChannelAci = "A";
    public const string ChannelSsdd = "S";

    public static string Channel(RocarsEndpoint endpoint) => endpoint == RocarsEndpoint.Ssdd ? ChannelSsdd : ChannelAci;

    public static string Function(AciFunction function) => function switch
    {
        AciFunction.Original => "O",
        AciFunction.Amend => "A",
        _ => "C",
    };

    public static string Direction(CrossingDirection direction) => direction == CrossingDirection.Import ? "I" : "E";

    public static CrossingDirection Direction(string code) =>
        code.Trim() == "I" ? CrossingDirection.Import : CrossingDirection.Export;

    public static string Instruction(ClearanceDecision decision) => decision == ClearanceDecision.Go ? "G" : "S";

    public static ClearanceDecision Instruction(string code) => code.Trim() == "G" ? ClearanceDecision.Go : ClearanceDecision.Stop;

    /// <summary>Hong Kong local time without zone, whole seconds (how every time is stored).</summary>
    public static DateTime Local(DateTimeOffset instant)
    {
        var hongKong = Contracts.Time.HongKongTime.TruncateToSeconds(Contracts.Time.HongKongTime.ToHongKong(instant));
        return DateTime.SpecifyKind(hongKong.DateTime, DateTimeKind.Unspecified);
    }

    public static DateTimeOffset Instant(DateTime local) => Contracts.Time.HongKongTime.FromLocal(local);
}
