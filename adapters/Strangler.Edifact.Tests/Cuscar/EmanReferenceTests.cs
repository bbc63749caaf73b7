using Strangler.Contracts.CodeLists;
using Strangler.Edifact.Cuscar;
using static Strangler.Edifact.Tests.Cuscar.CuscarExamples;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class EmanReferenceTests
{
    [Fact]
    public void Eman_ref_is_EM_mode_date_and_seven_digit_sequence()
    {
        Assert.Equal("EM12601150000001", EmanReference.Create(TransportMode.Maritime, new DateOnly(2026, 1, 15), 1));
        Assert.Equal("EM42612315000042", EmanReference.Create(TransportMode.Air, new DateOnly(2026, 12, 31), 5_000_042));
    }

    [Fact]
    public void Road_has_no_EMAN_ref() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EmanReference.Create(TransportMode.Road, new DateOnly(2026, 1, 15), 1));

    [Theory]
    [InlineData("EM12601150000001", true)]
    [InlineData("EM82601155000001", true)]
    [InlineData("EM32601150000001", false)]
    [InlineData("EM12613150000001", false)]
    [InlineData("EM1260115000001", false)]
    [InlineData("TD12601150000001", false)]
    [InlineData(null, false)]
    public void Well_formed_eman_refs_are_recognised(string? text, bool expected) =>
        Assert.Equal(expected, EmanReference.IsWellFormed(text));

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void Statement_2_is_late_from_the_fifteenth_day_after_the_event(int daysAfter, bool late)
    {
        var eventDate = new DateOnly(2026, 1, 1);
        var receivedAt = new DateTimeOffset(eventDate.AddDays(daysAfter).ToDateTime(new TimeOnly(0, 0)), TimeSpan.FromHours(8));
        Assert.Equal(late, StatementTwoLateness.IsLate(eventDate, receivedAt));
        Assert.Equal(late, StatementTwoLateness.IsLate(eventDate, receivedAt.AddHours(23).AddMinutes(59).AddSeconds(59)));
    }

    [Fact]
    public void Lateness_uses_the_Hong_Kong_date_of_received_at()
    {
        var eventDate = new DateOnly(2026, 1, 1);
        // 2026-01-15T16:30Z is 2026-01-16 00:30 in Hong Kong: fifteen days after.
        Assert.True(StatementTwoLateness.IsLate(eventDate, new DateTimeOffset(2026, 1, 15, 16, 30, 0, TimeSpan.Zero)));
        Assert.False(StatementTwoLateness.IsLate(eventDate, new DateTimeOffset(2026, 1, 15, 15, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void Only_statement_2_manifests_are_late()
    {
        var air = AirImport(Now) with { EventDateTime = At(Now.AddDays(-15)) };
        Assert.True(StatementTwoLateness.IsLate(air, Now));
        Assert.False(StatementTwoLateness.IsLate(air with { EventDateTime = At(Now.AddDays(-14).AddHours(-11)) }, Now));
        Assert.False(StatementTwoLateness.IsLate(air with { Statement = StatementType.Statement1 }, Now));
        Assert.False(StatementTwoLateness.IsLate(AirImport(Now), Now));
    }

    [Fact]
    public void An_amendment_must_keep_trip_and_mode()
    {
        var original = SeaImport(Now);
        Assert.True(ManifestTrip.AmendmentKeepsFields(original, original with { Function = ManifestFunction.Amendment, Totals = null }));
        Assert.False(ManifestTrip.AmendmentKeepsFields(original, original with { Conveyance = original.Conveyance with { ModeCode = "8" } }));
        Assert.False(ManifestTrip.AmendmentKeepsFields(original, original with { Statement = StatementType.Statement2 }));
        Assert.Equal(ManifestTrip.Of(original), ManifestTrip.Of(original with { DocumentNumber = "OTHER" }));
    }
}
