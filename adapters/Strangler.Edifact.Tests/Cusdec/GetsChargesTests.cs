using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Edifact.Cusdec;

namespace Strangler.Edifact.Tests.Cusdec;

public sealed class GetsChargesTests
{
    [Theory]
    [InlineData("46000.00", "0.20")]
    [InlineData("46000.01", "0.30")]
    [InlineData("48000.00", "0.50")]
    [InlineData("60000.00", "2.00")]
    [InlineData("100000.00", "7.00")]
    [InlineData("1643000.00", "199.80")]
    [InlineData("1643000.01", "200.00")]
    [InlineData("250000.00", "25.70")]
    [InlineData("0.01", "0.20")]
    public void Declaration_charge_follows_the_gets_test_vectors(string value, string charge) =>
        Assert.Equal(charge, GetsCharges.DeclarationCharge("1", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Form_2A_of_123456_78_is_charged_10_00_with_levy_37_20()
    {
        Assert.Equal(10.00m, GetsCharges.DeclarationCharge("2A", 123_456.78m));
        Assert.Equal(37.20m, GetsCharges.ClothingLevy("2A", 123_456.78m));
        Assert.Null(GetsCharges.ClothingLevy("2", 123_456.78m));
    }

    [Theory]
    [InlineData("1A", "0.20")]
    [InlineData("1B", "0.00")]
    [InlineData("2B", "0.00")]
    [InlineData("2", "200.00")]
    public void Flat_and_exempt_forms_ignore_the_value(string form, string charge) =>
        Assert.Equal(charge, GetsCharges.DeclarationCharge(form, 5_000_000m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Penalty_vector_january_17_received_march_1_is_band_2_40_00() =>
        Assert.Equal(40m, GetsCharges.LatePenalty(new DateOnly(2026, 1, 17), new DateOnly(2026, 3, 1), 20_000m));

    [Theory]
    [InlineData("2026-01-01", "2026-01-15", 100, null)] // on the 14th day: on time
    [InlineData("2026-01-01", "2026-01-16", 100, 20)]
    [InlineData("2026-01-01", "2026-02-15", 100, 20)] // AddMonths(E, 1) itself is band 1
    [InlineData("2026-01-01", "2026-02-16", 100, 40)]
    [InlineData("2026-01-01", "2026-03-15", 100, 40)]
    [InlineData("2026-01-01", "2026-03-16", 100, 100)]
    [InlineData("2026-01-01", "2026-01-16", 20000.01, 40)]
    [InlineData("2026-01-01", "2026-02-16", 20000.01, 80)]
    [InlineData("2026-01-01", "2027-01-01", 20000.01, 200)]
    public void Late_penalty_bands(string date, string received, double value, int? penalty) =>
        Assert.Equal(penalty, (int?)GetsCharges.LatePenalty(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), (decimal)value));

    [Property]
    public Property Charge_is_never_above_200_and_grows_with_the_value() =>
        Prop.ForAll(Values().ToArbitrary(), Values().ToArbitrary(), (a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var cLow = GetsCharges.DeclarationCharge("1", low);
            var cHigh = GetsCharges.DeclarationCharge("1", high);
            return cHigh <= 200.00m && cLow <= cHigh && cLow >= 0.20m;
        });

    private static Gen<decimal> Values() =>
        Gen.Choose(0, 1_000_000_000).Select(cents => cents / 100m).Select(v => v * 3m);

    [Fact]
    public void Tdec_numbers_carry_mode_date_and_block_digit()
    {
        Assert.Equal("TD32611260000042", TdecNumber.Create(Strangler.Contracts.CodeLists.TransportMode.Road, new DateOnly(2026, 11, 26), 42));
        Assert.Equal("TD42603105000000", TdecNumber.Create(Strangler.Contracts.CodeLists.TransportMode.Air, new DateOnly(2026, 3, 10),
            Strangler.Contracts.References.IssuerBlock.NewCore, 0));
        Assert.True(TdecNumber.IsWellFormed("TD12603100000001"));
        Assert.False(TdecNumber.IsWellFormed("TD52603100000001"));
    }
}
