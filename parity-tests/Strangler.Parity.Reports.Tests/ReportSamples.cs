using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Parity.Reports.Data;

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

    public static ChangeLogHead Head { get; } = new(7, "7f3e0c9a");

    /// <summary>The air period with two store-parity runs (one with every kind of difference, one reconciled) and a change-log head.</summary>
    public static ParityReportInput AirWithData(int day = 0) => Air(day) with
    {
        DataParity =
        [
            new(
                new DateOnly(2026, 11, 1),
                new DateOnly(2026, 11, 3),
                Start.AddDays(3).AddMinutes(2),
                LegacyRecords: 1000,
                CoreRecords: 999,
                [
                    new("AWB-160-1|1", "air-waybill", "differing", null,
                        [new("charge", "1200.00", "1210.00"), new("consignee", Hostile, null)]),
                    .. new[] { 2, 4, 5, 6 }.Select(n => new DataFinding($"AWB-160-{n}|1", "air-waybill", "missing", null, [])),
                    new("AWB-160-9|1", "air-waybill", "duplicate", "AWB-160-3|1", []),
                    new(Hostile, "air-waybill", "extra", null, []),
                    new("AWB-160-8|2", "air-waybill", "extra", null, []),
                ],
                [new QuarantineFinding("eman", "LEG-77", "2026-11-02", "no consignee: " + Hostile)],
                Seconds: 1.5),
            new(new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 4), Start.AddDays(4).AddMinutes(1), 300, 300, [], [], 0.25),
        ],
        ChangeLogHead = Head,
    };
}
