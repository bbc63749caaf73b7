using Strangler.Contracts.Collections;
using Strangler.Edifact.Cuscar;
using Strangler.Legacy.Eman.Risk;

namespace Strangler.Legacy.Eman.Tests.Risk;

public sealed class LegacyRiskEngineTests
{
    [Fact]
    public void Watched_goods_are_detained_even_without_random_selection()
    {
        var engine = new LegacyRiskEngine(new RiskOptions { SelectionRate = 0 });
        var manifest = Manifest(("DOC1", "COTTON T-SHIRTS", "610910"), ("DOC2", "CARVED IVORY", "960190"), ("DOC3", "HUNTING RIFLES", "930320"));

        Assert.Equal([2, 3], engine.Detain("EM12601150000001", manifest));
    }

    [Fact]
    public void A_rate_of_one_detains_every_consignment_and_zero_none_of_the_unwatched()
    {
        var manifest = Manifest(("DOC1", "COTTON T-SHIRTS", "610910"), ("DOC2", "PLASTIC TOYS", "950300"));

        Assert.Equal([1, 2], new LegacyRiskEngine(new RiskOptions { SelectionRate = 1 }).Detain("EM12601150000001", manifest));
        Assert.Empty(new LegacyRiskEngine(new RiskOptions { SelectionRate = 0 }).Detain("EM12601150000001", manifest));
    }

    [Fact]
    public void The_random_selection_depends_only_on_seed_reference_and_document()
    {
        var a = new LegacyRiskEngine(new RiskOptions { Seed = 7, SelectionRate = 0.5 });
        var b = new LegacyRiskEngine(new RiskOptions { Seed = 7, SelectionRate = 0.5 });
        var picks = Enumerable.Range(0, 200).Select(i => a.IsRandomlySelected("EM12601150000001", $"DOC{i}")).ToList();

        Assert.Equal(picks, Enumerable.Range(0, 200).Select(i => b.IsRandomlySelected("EM12601150000001", $"DOC{i}")));
        Assert.InRange(picks.Count(p => p), 70, 130);
    }

    [Fact]
    public void Only_statement_1_import_originals_and_amendments_are_assessed()
    {
        var manifest = Manifest(("DOC1", "COTTON", "610910"));

        Assert.True(LegacyRiskEngine.Assesses(manifest));
        Assert.True(LegacyRiskEngine.Assesses(manifest with { Function = ManifestFunction.Amendment }));
        Assert.False(LegacyRiskEngine.Assesses(manifest with { Function = ManifestFunction.Cancellation }));
        Assert.False(LegacyRiskEngine.Assesses(manifest with { Statement = StatementType.Statement2 }));
        Assert.False(LegacyRiskEngine.Assesses(manifest with { DirectionCode = ManifestCodes.Export }));
    }

    private static CuscarManifest Manifest(params (string Doc, string Description, string Hs)[] consignments) => new()
    {
        DocumentNumber = "M",
        Function = ManifestFunction.Original,
        Statement = StatementType.Statement1,
        DirectionCode = ManifestCodes.Import,
        DocumentDateTime = "202601151200",
        CarrierCode = "MSCU",
        Conveyance = new Conveyance("V1", "1", "MSCU", "9876543", "MSC AURORA"),
        PlaceOfLoading = "CNSHA",
        PlaceOfDischarge = "HKHKG",
        EventQualifier = ManifestCodes.Arrival,
        EventDateTime = "202601161200",
        Consignments = consignments.Select((c, i) => new Consignment
        {
            Sequence = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            TransportDocumentNumber = c.Doc,
            Consignor = new Party("SHENZHEN GADGETS CO", null, null, null, "CN"),
            Consignee = new Party("ACME TRADING LTD", null, null, null, "HK"),
            GoodsItems = EquatableList.Of(new GoodsItem
            {
                ItemNumber = "1", Packages = "1", PackageCode = "CT", Description = c.Description, HsCode = c.Hs, GrossWeight = "1",
            }),
        }).ToEquatableList(),
    };
}
