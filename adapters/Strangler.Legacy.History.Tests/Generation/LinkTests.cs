using Strangler.CargoImp.Fwb;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.Legacy.History.Traffic;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.Tests.Generation;

public sealed class LinkTests(SmallHistoryFixture fixture) : IClassFixture<SmallHistoryFixture>
{
    private IReadOnlyList<HistoryExchange> Exchanges => fixture.History.Exchanges;

    [Fact]
    public void Declarations_name_the_ccrns_air_waybills_bills_of_lading_and_eman_refs_issued_and_accepted_before_them()
    {
        var ccrns = new HashSet<string>();
        var airWaybills = new HashSet<string>();
        var billsOfLading = new HashSet<string>();
        var emanRefs = new HashSet<string>();
        var checkedDeclarations = 0;
        foreach (var exchange in Exchanges)
        {
            switch (exchange.Request.Interface)
            {
                case HistoryInterface.Rocars when HistoryReading.Aci(exchange) is { Function: AciFunction.Original } && exchange.Documents[0].Accepted:
                    ccrns.Add(exchange.Documents[0].Reference!);
                    break;
                case HistoryInterface.Accs when HistoryReading.CargoImp(exchange) is FwbMessage fwb && exchange.Documents[0].Accepted:
                    airWaybills.Add(fwb.Waybill.Number);
                    break;
                case HistoryInterface.Eman:
                    foreach (var (_, manifest, outcome) in HistoryReading.Manifests([exchange]).Where(m => m.Outcome.Accepted))
                    {
                        emanRefs.Add(outcome.Reference!);
                        billsOfLading.UnionWith(manifest.Consignments.Select(c => c.TransportDocumentNumber));
                    }

                    break;
                case HistoryInterface.Gets:
                    foreach (var (_, declaration, outcome) in HistoryReading.Declarations([exchange]))
                    {
                        if (declaration.Function != DeclarationFunction.Original || !outcome.Accepted)
                        {
                            continue;
                        }

                        var documents = declaration.TransportDocuments.ToLookup(d => d.Qualifier, d => d.Reference);
                        var expected = declaration.ModeCode switch
                        {
                            "3" => new[] { "CCN" },
                            "4" => ["AWB", "MRN"],
                            "2" => ["MRN"],
                            _ => ["BM", "MRN"],
                        };
                        Assert.Equal(expected.Order(), documents.Select(d => d.Key).Order());
                        Assert.All(documents["CCN"], c => Assert.Contains(c, ccrns));
                        Assert.All(documents["AWB"], a => Assert.Contains(a, airWaybills));
                        Assert.All(documents["BM"], b => Assert.Contains(b, billsOfLading));
                        Assert.All(documents["MRN"], m => Assert.Contains(m, emanRefs));
                        checkedDeclarations++;
                    }

                    break;
            }
        }

        Assert.True(checkedDeclarations > 100, $"{checkedDeclarations} declarations checked");
    }

    [Fact]
    public void Amendments_and_cancellations_name_references_the_stand_in_issued_before_them()
    {
        var tdecs = new HashSet<string>();
        var emanRefs = new HashSet<string>();
        var ccrns = new HashSet<string>();
        var cancelledCcrns = new HashSet<string>();
        var changes = 0;
        foreach (var exchange in Exchanges)
        {
            foreach (var (_, d, outcome) in HistoryReading.Declarations([exchange]))
            {
                if (d.Function == DeclarationFunction.Original)
                {
                    if (outcome.Accepted)
                    {
                        tdecs.Add(outcome.Reference!);
                    }
                }
                else
                {
                    Assert.Contains(d.TdecNumber!, tdecs);
                    changes++;
                }
            }

            foreach (var (_, m, outcome) in HistoryReading.Manifests([exchange]))
            {
                if (m.Function == ManifestFunction.Original)
                {
                    if (outcome.Accepted)
                    {
                        emanRefs.Add(outcome.Reference!);
                    }
                }
                else
                {
                    Assert.Contains(m.EmanRef!, emanRefs);
                    changes++;
                }
            }

            if (HistoryReading.Aci(exchange) is { } aci)
            {
                if (aci.Function == AciFunction.Original && exchange.Documents[0].Accepted)
                {
                    ccrns.Add(exchange.Documents[0].Reference!);
                }
                else if (aci.Function != AciFunction.Original)
                {
                    Assert.Contains(aci.Ccrn!, ccrns);
                    Assert.DoesNotContain(aci.Ccrn!, cancelledCcrns);
                    if (aci.Function == AciFunction.Cancel)
                    {
                        cancelledCcrns.Add(aci.Ccrn!);
                    }

                    changes++;
                }
            }

            if (HistoryReading.Bundle(exchange) is { } bundle)
            {
                Assert.All(bundle.Ccrns, c => Assert.Contains(c, ccrns));
                Assert.All(bundle.Ccrns, c => Assert.DoesNotContain(c, cancelledCcrns));
            }
        }

        Assert.True(changes > 20, $"{changes} amendments and cancellations checked");
    }

    [Fact]
    public void Parties_are_reused_across_documents()
    {
        var declarants = HistoryReading.Declarations(Exchanges).Select(x => x.Declaration.Declarant.BrNumber).ToList();

        Assert.True(declarants.Distinct().Count() < declarants.Count / 3, $"{declarants.Distinct().Count()} declarants for {declarants.Count} declarations");
        Assert.All(declarants, br => Assert.Matches("^[0-9]{8}$", br));
    }
}
