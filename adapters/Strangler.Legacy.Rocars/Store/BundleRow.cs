namespace Strangler.Legacy.Rocars.Store;

/// <summary>A row of RCS_BUNDLE: the bundle, its risk decision and, once unbundled, when.</summary>
internal sealed class BundleRow
{
    public long BundleId { get; set; }

    public string BundleRef { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string MessageId { get; set; } = "";

    public string Vrn { get; set; } = "";

    public string DirectionCd { get; set; } = "";

    public string ControlPoint { get; set; } = "";

    public DateTime ExpectedArrival { get; set; }

    public DateTime LiveUntil { get; set; }

    public DateTime ReceivedAt { get; set; }

    public string StatusCd { get; set; } = "";

    public DateTime? UnbundledAt { get; set; }

    public string? UnbundleMsgId { get; set; }

    public string InstructionCd { get; set; } = "";

    public string RiskRule { get; set; } = "";

    /// <summary>
    /// Live (rocars.md) at <paramref name="at"/>: made by then, not unbundled by then, and
    /// <paramref name="at"/> before ExpectedArrival + 24 hours (kept precomputed in LIVE_UNTIL).
    /// </summary>
    public bool IsLiveAt(DateTime at) => ReceivedAt <= at && (UnbundledAt is null || UnbundledAt > at) && at < LiveUntil;
}
