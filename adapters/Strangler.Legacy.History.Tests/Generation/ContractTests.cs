using Strangler.CargoImp;
using Strangler.Contracts.Checking;
using Strangler.Edifact;
using Strangler.Legacy.History.Traffic;
using Strangler.RocarsXml;

namespace Strangler.Legacy.History.Tests.Generation;

public sealed class ContractTests(SmallHistoryFixture fixture) : IClassFixture<SmallHistoryFixture>
{
    private SmallHistory History => fixture.History;

    [Fact]
    public void Every_body_passes_the_codecs_stateless_check_at_its_received_at_unless_meant_to_fail_with_its_code()
    {
        foreach (var exchange in History.Exchanges)
        {
            var request = exchange.Request;
            var context = new CheckContext(request.ReceivedAt, History.Generator.Clients[request.ClientKey].ToAuthority());
            var check = request.Interface switch
            {
                HistoryInterface.Gets or HistoryInterface.Eman => EdifactCheck.Check(request.Body, context),
                HistoryInterface.Rocars => RocarsCheck.Check(request.Body, context, request.Endpoint),
                _ => CargoImpCheck.Check(request.Body, context),
            };

            var intended = exchange.Documents.Select(d => d.Intent.IntendedError).OfType<string>().ToList();
            Assert.True(
                intended.SequenceEqual(check.Errors.Select(e => e.Code)),
                $"{request.Interface} {request.ReceivedAt:O}: intended [{string.Join(",", intended)}], check [{string.Join(",", check.Errors)}]");
        }
    }

    [Fact]
    public void Every_document_is_answered_as_intended_and_nothing_is_skipped()
    {
        Assert.All(History.Exchanges.SelectMany(e => e.Documents), d => Assert.True(d.AsIntended, d.ToString()));
        Assert.Equal(0, History.Totals.Unexpected);
        Assert.All(History.Totals.Interfaces.Values, i => Assert.Equal(0, i.Skipped));
    }

    [Fact]
    public void The_run_sends_exactly_the_documents_the_estimate_counts()
    {
        var estimate = History.Generator.Estimate();

        Assert.All(HistoryInterfaces.All, i => Assert.Equal(estimate[i], History.Totals.Interfaces[i].Documents));
    }

    [Theory]
    [InlineData(DocumentKind.DeclarationAmendment)]
    [InlineData(DocumentKind.DeclarationCancellation)]
    [InlineData(DocumentKind.ManifestAmendment)]
    [InlineData(DocumentKind.Statement2)]
    [InlineData(DocumentKind.AciAmendment)]
    [InlineData(DocumentKind.AciCancellation)]
    [InlineData(DocumentKind.Bundle)]
    [InlineData(DocumentKind.Fhl)]
    [InlineData(DocumentKind.Ffm)]
    [InlineData(DocumentKind.FwbReplacement)]
    public void Each_kind_of_document_occurs_and_is_accepted(DocumentKind kind)
    {
        var documents = History.Exchanges.SelectMany(e => e.Documents).Where(d => d.Intent.Kind == kind).ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.True(d.Accepted));
    }

    [Theory]
    [InlineData(HistoryInterface.Gets, "E015")]
    [InlineData(HistoryInterface.Eman, "E031")]
    [InlineData(HistoryInterface.Eman, "E014")]
    [InlineData(HistoryInterface.Rocars, "R012")]
    [InlineData(HistoryInterface.Accs, "A010")]
    public void A_few_faulty_documents_are_refused_with_their_code(HistoryInterface historyInterface, string code)
    {
        var refused = History.Exchanges.Where(e => e.Request.Interface == historyInterface)
            .SelectMany(e => e.Documents).Where(d => d.Intent.IntendedError == code).ToList();

        Assert.NotEmpty(refused);
        Assert.All(refused, d => Assert.Equal([code], d.Errors));
    }

    [Fact]
    public void Late_declarations_pay_a_penalty_and_late_statement_2s_are_marked_late()
    {
        var late = History.Exchanges.SelectMany(e => e.Documents.Select(d => (e.Request.Interface, d))).Where(x => x.d.Late).ToList();

        Assert.Contains(late, x => x.Interface == HistoryInterface.Gets && x.d.Intent.Kind == DocumentKind.Declaration);
        Assert.Contains(late, x => x.Interface == HistoryInterface.Eman && x.d.Intent.Kind == DocumentKind.Statement2);
    }

    [Fact]
    public void Some_gets_and_eman_interchanges_carry_several_messages_of_different_modes()
    {
        var mixed = History.Exchanges
            .Where(e => e.Request.Interface is HistoryInterface.Gets or HistoryInterface.Eman)
            .Where(e => e.Documents.Select(d => d.Intent.Unit).Distinct().Count() > 1)
            .Select(e => e.Request.Interface)
            .ToHashSet();

        Assert.Equal([HistoryInterface.Gets, HistoryInterface.Eman], mixed.Order());
    }

    [Fact]
    public void Road_acis_come_from_shippers_and_from_the_mainland_single_window()
    {
        var endpoints = History.Exchanges.Where(e => e.Request.Interface == HistoryInterface.Rocars).Select(e => e.Request.Endpoint).ToHashSet();

        Assert.Equal([RocarsEndpoint.Aci, RocarsEndpoint.Ssdd, RocarsEndpoint.Bundles], endpoints.Order().Select(e => e!.Value));
    }
}
