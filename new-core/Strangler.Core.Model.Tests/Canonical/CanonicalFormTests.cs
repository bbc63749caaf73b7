using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Tests.Canonical;

public sealed class CanonicalFormTests
{
    private static readonly Bundle SampleBundle = new()
    {
        Vrn = " AB1234 ",
        Direction = TradeDirection.Import,
        ControlPoint = "LMC",
        ExpectedArrival = new DateTimeOffset(2026, 3, 16, 6, 0, 0, 400, TimeSpan.Zero),
        Ccrns = EquatableList.Of("C1", "C2"),
    };

    private static Manifest SeaManifest() => ManifestMapper.Map(Samples.Cuscar("eman/01-sea-import-s1-accepted.edi"));

    [Fact]
    public void A_bundle_renders_fields_in_order_trimmed_and_at_hong_kong_time_to_the_second()
    {
        var text = Encoding.UTF8.GetString(CanonicalForm.Of(SampleBundle));

        Assert.Equal(
            "type=Bundle\nvrn=AB1234\ndirection=Import\ncontrolPoint=LMC\nexpectedArrival=2026-03-16T14:00:00+08:00\n" +
            "ccrns.count=2\nccrns[0].value=C1\nccrns[1].value=C2\n",
            text);
    }

    [Fact]
    public void A_version_renders_its_header_then_its_document()
    {
        var version = new DocumentVersion
        {
            Number = 1,
            Function = DocumentFunction.Original,
            ReceivedAt = new DateTimeOffset(2026, 3, 16, 12, 0, 0, TimeSpan.FromHours(8)),
            IssuedReference = null,
            Source = SourceInterface.Rocars,
            ClientKey = "driver-key",
        };

        Assert.Equal(
            "version=1\nfunction=Original\nreceivedAt=2026-03-16T12:00:00+08:00\nissuedReference\nsource=Rocars\nclientKey=driver-key\ndocument\n",
            Encoding.UTF8.GetString(CanonicalForm.Of(version)));
        Assert.NotEqual(CanonicalForm.Checksum(version), CanonicalForm.Checksum(version with { Document = SampleBundle }));
    }

    [Fact]
    public void Decimals_lose_trailing_zeros_and_strings_their_outer_spaces()
    {
        var m = SeaManifest();
        var padded = m with
        {
            DocumentNumber = "  " + m.DocumentNumber + " ",
            Consignments = m.Consignments.Select(c => c with
            {
                GoodsItems = c.GoodsItems.Select(g => g with { GrossWeightKg = g.GrossWeightKg * 1.000m }).ToEquatableList(),
            }).ToEquatableList(),
        };

        Assert.Equal(CanonicalForm.Of(m), CanonicalForm.Of(padded));
        Assert.Contains("consignments[0].goodsItems[0].grossWeightKg=1500.5\n", Encoding.UTF8.GetString(CanonicalForm.Of(m)));
    }

    [Fact]
    public void Every_valid_sample_maps_to_the_same_bytes_twice()
    {
        CanonicalDocument[][] pairs =
        [
            [DeclarationMapper.Map(Samples.Cusdec("gets/01-import-sea-accepted.edi"), Samples.Now), DeclarationMapper.Map(Samples.Cusdec("gets/01-import-sea-accepted.edi"), Samples.Now)],
            [SeaManifest(), SeaManifest()],
            [AirCargoMapper.Map(Samples.CargoImp("accs/03-ffm-accepted.txt"), Samples.Now), AirCargoMapper.Map(Samples.CargoImp("accs/03-ffm-accepted.txt"), Samples.Now)],
            [RoadMapper.Map(Samples.Aci("rocars/01-aci-accepted.xml"))!, RoadMapper.Map(Samples.Aci("rocars/01-aci-accepted.xml"))!],
        ];

        Assert.All(pairs, p => Assert.Equal(CanonicalForm.Checksum(p[0]), CanonicalForm.Checksum(p[1])));
        Assert.Equal(64, CanonicalForm.Checksum(pairs[0][0]).Length);
    }

    public static TheoryData<string> Changes => new(SeaManifestChanges().Keys);

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_field_change_changes_the_checksum(string change)
    {
        var m = SeaManifest();
        var changed = SeaManifestChanges()[change](m);

        Assert.NotEqual(m, changed);
        Assert.NotEqual(CanonicalForm.Checksum(m), CanonicalForm.Checksum(changed));
    }

    [Fact]
    public void All_field_changes_give_distinct_checksums()
    {
        var m = SeaManifest();
        var sums = SeaManifestChanges().Values.Select(f => CanonicalForm.Checksum(f(m))).Append(CanonicalForm.Checksum(m)).ToList();

        Assert.Equal(sums.Count, sums.Distinct().Count());
    }

    [Property]
    public bool Two_weights_render_equal_only_when_they_are_equal(decimal a, decimal b)
    {
        var m = SeaManifest();
        return (CanonicalForm.Checksum(WithWeight(m, a)) == CanonicalForm.Checksum(WithWeight(m, b))) == (a == b);
    }

    [Property]
    public Property Two_party_names_render_equal_only_when_equal_after_trimming()
    {
        var names = Gen.Elements("ACME", " ACME", "ACME ", "AC\nME", "AC\\nME", "ACME=1", "", "A").Two();
        return Prop.ForAll(names.ToArbitrary(), pair =>
        {
            var m = SeaManifest();
            var x = m with { Carrier = m.Carrier with { Name = pair.Item1 } };
            var y = m with { Carrier = m.Carrier with { Name = pair.Item2 } };
            return (CanonicalForm.Checksum(x) == CanonicalForm.Checksum(y)) == (pair.Item1.Trim() == pair.Item2.Trim());
        });
    }

    private static Manifest WithWeight(Manifest m, decimal weight) => m with
    {
        Consignments = m.Consignments.Select((c, i) => i == 0
            ? c with { GoodsItems = EquatableList.Of(c.GoodsItems[0] with { GrossWeightKg = weight }) }
            : c).ToEquatableList(),
    };

    private static Dictionary<string, Func<Manifest, Manifest>> SeaManifestChanges()
    {
        static Manifest First(Manifest m, Func<Consignment, Consignment> f) =>
            m with { Consignments = m.Consignments.Select((c, i) => i == 0 ? f(c) : c).ToEquatableList() };
        static Manifest Item(Manifest m, Func<GoodsItem, GoodsItem> f) =>
            First(m, c => c with { GoodsItems = c.GoodsItems.Select((g, i) => i == 0 ? f(g) : g).ToEquatableList() });

        return new()
        {
            ["document number"] = m => m with { DocumentNumber = m.DocumentNumber + "X" },
            ["document time"] = m => m with { DocumentTime = m.DocumentTime!.Value.AddSeconds(1) },
            ["statement"] = m => m with { Statement = ManifestStatement.Statement2 },
            ["carrier name"] = m => m with { Carrier = m.Carrier with { Name = "OTHER" } },
            ["carrier code"] = m => m with { Carrier = m.Carrier with { Identifier = "MAEU" } },
            ["carrier roles"] = m => m with { Carrier = m.Carrier with { Roles = EquatableList<string>.Empty } },
            ["mode"] = m => m with { Trip = m.Trip with { Conveyance = m.Trip.Conveyance with { Mode = TransportMode.InlandWater } } },
            ["conveyance id"] = m => m with { Trip = m.Trip with { Conveyance = m.Trip.Conveyance with { Id = "1" } } },
            ["conveyance name"] = m => m with { Trip = m.Trip with { Conveyance = m.Trip.Conveyance with { Name = null } } },
            ["voyage"] = m => m with { Trip = m.Trip with { JourneyId = "V124E" } },
            ["direction"] = m => m with { Trip = m.Trip with { Direction = TradeDirection.Export } },
            ["place of loading"] = m => m with { Trip = m.Trip with { PlaceOfLoading = "CNYTN" } },
            ["place of discharge"] = m => m with { Trip = m.Trip with { PlaceOfDischarge = "HKKWN" } },
            ["event time"] = m => m with { Trip = m.Trip with { EventTime = m.Trip.EventTime!.Value.AddMinutes(1) } },
            ["trip date"] = m => m with { Trip = m.Trip with { Date = new DateOnly(2026, 1, 1) } },
            ["replaces"] = m => m with { ReplacesReference = "E1" },
            ["container number"] = m => m with { Containers = EquatableList.Of(m.Containers[0] with { Number = "X" }, m.Containers[1]) },
            ["container empty"] = m => m with { Containers = EquatableList.Of(m.Containers[0] with { IsFull = false }, m.Containers[1]) },
            ["container seal"] = m => m with { Containers = EquatableList.Of(m.Containers[0] with { Seals = EquatableList.Of("S") }, m.Containers[1]) },
            ["container dropped"] = m => m with { Containers = EquatableList.Of(m.Containers[0]) },
            ["bill of lading"] = m => First(m, c => c with { Document = c.Document! with { Number = "B" } }),
            ["master link"] = m => First(m, c => c with { Document = c.Document! with { MasterNumber = "M" } }),
            ["consignor"] = m => First(m, c => c with { Consignor = c.Consignor! with { City = "DONGGUAN" } }),
            ["consignee br"] = m => First(m, c => c with { Consignee = c.Consignee! with { BrNumber = "12345678" } }),
            ["transhipment"] = m => First(m, c => c with { IsTranshipment = true }),
            ["licence"] = m => First(m, c => c with { Licences = EquatableList.Of("L1") }),
            ["consignment packages"] = m => First(m, c => c with { Packages = 1 }),
            ["hs code"] = m => Item(m, g => g with { HsCode = "851780" }),
            ["description"] = m => Item(m, g => g with { Description = "PHONES" }),
            ["packages"] = m => Item(m, g => g with { Packages = 121 }),
            ["package code"] = m => Item(m, g => g with { PackageCode = "PK" }),
            ["weight"] = m => Item(m, g => g with { GrossWeightKg = 1500.501m }),
            ["volume"] = m => Item(m, g => g with { VolumeM3 = 12.41m }),
            ["value"] = m => Item(m, g => g with { ValueHkd = 1m }),
            ["origin"] = m => Item(m, g => g with { OriginCountry = "VN" }),
            ["marks"] = m => Item(m, g => g with { Marks = "N/M" }),
            ["quantity"] = m => Item(m, g => g with { Quantity = new Quantity(1m, "PCE") }),
            ["placement"] = m => Item(m, g => g with { Placements = EquatableList.Of(new GoodsPlacement("MSCU1234566", 119)) }),
            ["sequence"] = m => Item(m, g => g with { Sequence = 9 }),
            ["goods item added"] = m => First(m, c => c with { GoodsItems = c.GoodsItems.Append(c.GoodsItems[0]).ToEquatableList() }),
            ["consignment dropped"] = m => m with { Consignments = EquatableList.Of(m.Consignments[0]) },
        };
    }
}
