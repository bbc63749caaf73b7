using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Tests.Canonical.Legacy;

namespace Strangler.Core.Model.Tests.Canonical;

/// <summary>
/// The UTF-8 writer renders exactly the bytes of the rendering it replaced (kept verbatim in <c>Legacy/</c>): the
/// checksums of stored history depend on them.
/// </summary>
public sealed class LegacyEquivalenceTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property Every_generated_version_renders_the_old_bytes_and_checksum()
    {
        return Prop.ForAll(Seeds, seed =>
        {
            var version = AwkwardDocuments.Version(new Random(seed));
            var old = LegacyCanonicalForm.Of(version);
            var (bytes, checksum) = CanonicalForm.Render(version);
            return old.AsSpan().SequenceEqual(CanonicalForm.Of(version))
                && old.AsSpan().SequenceEqual(bytes)
                && checksum == LegacyCanonicalForm.Checksum(version)
                && CanonicalForm.Checksum(version) == checksum;
        });
    }

    [Property(MaxTest = 3000)]
    public Property Every_generated_document_renders_the_old_bytes_and_checksum()
    {
        return Prop.ForAll(Seeds, seed =>
        {
            var document = AwkwardDocuments.Document(new Random(seed));
            return LegacyCanonicalForm.Of(document).AsSpan().SequenceEqual(CanonicalForm.Of(document))
                && LegacyCanonicalForm.Checksum(document) == CanonicalForm.Checksum(document);
        });
    }

    [Fact]
    public void Twenty_thousand_seeded_versions_of_every_type_render_the_old_bytes()
    {
        var differing = Enumerable.Range(0, 20_000)
            .Select(seed => AwkwardDocuments.Version(new Random(seed)))
            .Where(v => !LegacyCanonicalForm.Of(v).AsSpan().SequenceEqual(CanonicalForm.Of(v)))
            .Select(v => Encoding.UTF8.GetString(LegacyCanonicalForm.Of(v)))
            .Take(1)
            .ToList();

        Assert.Empty(differing);
    }

    public static TheoryData<string> Awkward => new(
        "0", "0.000", "-0.00", "-0", "1", "-1", "1500.500", "0.0000000000000000000000000001", "-0.0000000000000000000000000001",
        "79228162514264337593543950335", "-79228162514264337593543950335", "7.9228162514264337593543950335",
        "1000000000000000", "100.00", "0.10", "123456789.123456789", "1E-28", "1E+28", "-1.000000000000000000000000000");

    [Theory]
    [MemberData(nameof(Awkward))]
    public void A_decimal_renders_as_the_old_format_did(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var expected = "grossWeightKg=" + value.ToString("0.############################", CultureInfo.InvariantCulture) + "\n";

        Assert.Contains(expected, Encoding.UTF8.GetString(CanonicalForm.Of(WithWeight(value))));
        Assert.Equal(LegacyCanonicalForm.Of(WithWeight(value)), CanonicalForm.Of(WithWeight(value)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(28)]
    public void A_negative_zero_renders_as_the_old_format_did(byte scale)
    {
        var negativeZero = new decimal(0, 0, 0, true, scale);

        Assert.Equal(LegacyCanonicalForm.Of(WithWeight(negativeZero)), CanonicalForm.Of(WithWeight(negativeZero)));
        Assert.Contains("grossWeightKg=0\n", Encoding.UTF8.GetString(CanonicalForm.Of(WithWeight(negativeZero))), StringComparison.Ordinal);
    }

    [Property(MaxTest = 5000)]
    public bool Any_decimal_renders_as_the_old_format_did(int lo, int mid, int hi, bool negative, byte scale)
    {
        var value = new decimal(lo, mid, hi, negative, (byte)(scale % 29));
        return LegacyCanonicalForm.Of(WithWeight(value)).AsSpan().SequenceEqual(CanonicalForm.Of(WithWeight(value)));
    }

    [Fact]
    public void The_mapped_contract_samples_render_the_old_bytes()
    {
        CanonicalDocument[] documents =
        [
            DeclarationMapper.Map(Samples.Cusdec("gets/01-import-sea-accepted.edi"), Samples.Now),
            ManifestMapper.Map(Samples.Cuscar("eman/01-sea-import-s1-accepted.edi")),
            AirCargoMapper.Map(Samples.CargoImp("accs/03-ffm-accepted.txt"), Samples.Now),
            RoadMapper.Map(Samples.Aci("rocars/01-aci-accepted.xml"))!,
        ];

        Assert.All(documents, d => Assert.Equal(LegacyCanonicalForm.Of(d), CanonicalForm.Of(d)));
    }

    [Fact]
    public void A_document_larger_than_the_first_buffer_renders_whole()
    {
        var big = AwkwardDocuments.Bundle(new Random(1)) with
        {
            Ccrns = new(Enumerable.Range(0, 5_000).Select(i => "陳大文 CCRN " + i.ToString(CultureInfo.InvariantCulture))),
        };

        Assert.Equal(LegacyCanonicalForm.Of(big), CanonicalForm.Of(big));
        Assert.Equal(LegacyCanonicalForm.Checksum(big), CanonicalForm.Checksum(big));
    }

    private static Manifests.CargoReport WithWeight(decimal weight) => new()
    {
        Kind = Manifests.CargoReportKind.AirWaybill,
        Consignments = EquatableList.Of(new Consignments.Consignment { GrossWeightKg = weight }),
    };
}
