using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Tests;

public sealed class RelationshipTests
{
    private static readonly SubjectParty FrontCompany = new(PartyRole.Consignor, "Front Co", "1 Export Rd", "CN", null);
    private static readonly SubjectParty Smuggler = new(PartyRole.Consignor, "Smuggler Co", "99 Dark Lane", "CN", null);
    private static readonly SubjectParty Broker = new(PartyRole.Declarant, "Quick Broker", "2 Wing Lok St", "HK", "55555555");

    [Fact]
    public void Shared_address_with_a_party_examined_with_findings_scores_both_links_with_reasons()
    {
        var history = new InMemoryPartyRelationships([new PastDocument("OLD-1", [FrontCompany, TestData.Consignee], true)]);
        var score = history.Score(TestData.Subject());

        // Our consignor shares Front Co's address, Front Co shipped to our consignee, and our consignee was on OLD-1.
        Assert.Equal(
            [
                new RelationshipLink(RelationshipLinkKind.SharedAddress, "Shenzhen Good Trade Co", "Front Co", "OLD-1", 3),
                new RelationshipLink(RelationshipLinkKind.SharedConsignee, "Kowloon Imports Ltd", "Front Co", "OLD-1", 2),
                new RelationshipLink(RelationshipLinkKind.PreviouslyExaminedWithFindings, "Kowloon Imports Ltd", "Kowloon Imports Ltd", "OLD-1", 10),
                new RelationshipLink(RelationshipLinkKind.LinkedToPartyWithFindings, "Shenzhen Good Trade Co", "Front Co", "OLD-1", 5),
            ],
            score.Links);
        Assert.Equal(20, score.Score);
    }

    [Fact]
    public void Shared_consignee_and_shared_declarant_link_other_traders()
    {
        var subject = TestData.Subject() with { Parties = [TestData.Consignor, TestData.Consignee, Broker] };
        var history = new InMemoryPartyRelationships(
        [
            new PastDocument("OLD-2", [Smuggler, TestData.Consignee], false),
            new PastDocument("OLD-3", [new SubjectParty(PartyRole.Consignee, "Other Importer", null, "HK", "22222222"), Broker], false),
        ]);
        var links = history.Score(subject).Links;
        Assert.Equal(
            [
                new RelationshipLink(RelationshipLinkKind.SharedConsignee, "Kowloon Imports Ltd", "Smuggler Co", "OLD-2", 2),
                new RelationshipLink(RelationshipLinkKind.SharedDeclarant, "Quick Broker", "Other Importer", "OLD-3", 2),
            ],
            links);
    }

    [Fact]
    public void An_earlier_version_of_the_same_subject_and_unrelated_documents_score_nothing()
    {
        var history = new InMemoryPartyRelationships(
        [
            new PastDocument("MAWB-1", [TestData.Consignor, TestData.Consignee], true),
            new PastDocument("OLD-4", [Smuggler, new SubjectParty(PartyRole.Consignee, "Someone", "Elsewhere", "HK", "33333333")], true),
        ]);
        Assert.Same(RelationshipScore.None, history.Score(TestData.Subject()));
    }

    [Fact]
    public void A_relationship_score_at_the_threshold_proposes_examination()
    {
        var history = new InMemoryPartyRelationships([new PastDocument("OLD-1", [TestData.Consignee], true)]);
        var decision = RiskAssessor.Assess(TestData.Subject(), TestData.RuleSet(), history);
        Assert.Equal(ClearanceChannel.PhysicalExamination, decision.Channel);
        Assert.Equal(("R-LINKS", "relationship score 10 >= 10"), (decision.Reasons.Single().RuleId, decision.Reasons.Single().Matched));
        Assert.Equal(10, decision.Relationships.Score);
    }
}
