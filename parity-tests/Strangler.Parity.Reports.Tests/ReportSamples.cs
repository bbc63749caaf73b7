using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;

namespace Strangler.Parity.Reports.Tests;

/// <summary>Report inputs for the tests: a small realistic air period with one hostile finding.</summary>
internal static class ReportSamples
{
    public const string Hostile = "<script>alert(\"x\")</script>, \"quoted\"\r\nnext line";

    public static DateTimeOffset Start { get; } = HongKongTime.FromLocal(new DateTime(2026, 11, 1));

    public static ParityReportInput Air(int day = 0) => new(
        CutoverUnit.Air,
        Start.AddDays(day),
        Start.AddDays(day + 3),
        Start.AddDays(day + 3).AddMinutes(5),
        [
            new("F-1", Start.AddDays(day).AddHours(9), "eman", "FWB", FindingClass.Match, [], 120, 80),
            new("F-2", Start.AddDays(day).AddHours(10), "eman", "FWB", FindingClass.Intended,
                [new("receivedAt", "2026-11-01T10:00:00+08:00", "2026-11-01T10:00:01+08:00", "received-at-window")], 100, 90),
            new("F-3", Start.AddDays(day + 1).AddHours(11), "eman", "FFM", FindingClass.RiskOutcome,
                [new("notice", "DETAIN", null)], 140, 60),
            new("F-4", Start.AddDays(day + 2).AddHours(12), "eman", "FHL", FindingClass.Mismatch,
                [new("charge", "1200.00", "1210.00"), new("consignee", Hostile, "ACME \"HK\", Ltd")], 200, 70),
        ],
        [new("parity rate 7 days", "≥ 99.9 %", "75.00 %", false), new("backfill reconciled", "no difference", "0 differences", true)],
        [new(1, Start.AddHours(-2), "ops.lee", "legacy", "shadow", "start shadowing air", "a1b2c3")]);
}
