using System.Text;
using Strangler.Contracts.Testing;
using Strangler.Facade.Routing;
using Strangler.Parity.Classification;
using Strangler.Parity.Rules;
using static Strangler.Parity.Tests.Answers;

namespace Strangler.Parity.Tests.Classification;

public sealed class ParityClassifierTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    private static ParityFinding Gets(string primary, string secondary, byte[]? request = null) =>
        ParityClassifier.Classify(ContractInterface.Gets, "CUSDEC", request ?? [], Ok(primary), Ok(secondary), ParityRuleSet.Declared);

    [Fact]
    public void Equal_answers_are_a_match_with_no_differences()
    {
        var answer = GetsAccepted(LegacyRef, "TD42611270000001", "25.70");

        var finding = Gets(answer, answer);

        Assert.Equal(ParityClass.Match, finding.Class);
        Assert.Empty(finding.Differences);
        Assert.Equal("CUSRES", finding.MessageType);
    }

    [Fact]
    public void Answers_differing_only_in_issuer_block_and_answer_ref_are_a_match()
    {
        var finding = Gets(GetsAccepted(LegacyRef, "TD42611270000001", "25.70"), GetsAccepted(CoreRef, "TD42611275000001", "25.70"));

        Assert.Equal(ParityClass.Match, finding.Class);
        Assert.Empty(finding.Differences);
    }

    [Fact]
    public void A_wrong_charge_is_a_mismatch_naming_the_field_and_both_values()
    {
        var finding = Gets(GetsAccepted(LegacyRef, "TD42611270000001", "7.00"), GetsAccepted(CoreRef, "TD42611275000001", "7.10"));

        Assert.Equal(ParityClass.Mismatch, finding.Class);
        var difference = Assert.Single(finding.Differences);
        Assert.Equal(new ClassifiedDifference("CUSRES[M1].MOA+161", "MOA+161:7.00:HKD", "MOA+161:7.10:HKD", ParityClass.Mismatch, null), difference);
    }

    [Fact]
    public void A_changed_error_code_is_a_mismatch()
    {
        var finding = Gets(
            GetsRejected(LegacyRef, "E015", "GOODS DESCRIPTION TOO VAGUE"),
            GetsRejected(CoreRef, "E016", "AMOUNT OR QUANTITY INVALID"));

        Assert.Equal(ParityClass.Mismatch, finding.Class);
        Assert.Equal(["CUSRES[M1].ERC", "CUSRES[M1].FTX+AAO"], finding.Differences.Select(d => d.Field));
        Assert.Equal("ERC+E015:HKE", finding.Differences[0].Primary);
        Assert.Equal("ERC+E016:HKE", finding.Differences[0].Secondary);
        Assert.All(finding.Differences, d => Assert.Null(d.Rule));
    }

    [Fact]
    public void Pre_shipment_sample_05_rejected_by_legacy_and_accepted_by_the_core_is_intended()
    {
        var request = ContractSamples.Read("gets/05-pre-shipment-new-core.edi", Received);
        var legacy = GetsRejected(LegacyRef, "E004", "SEGMENT UNKNOWN, MISPLACED OR REPEATED");
        var core = GetsAccepted(CoreRef, "TD42611275000001", "25.70");

        var finding = Gets(legacy, core, request);

        Assert.Equal(ParityClass.Intended, finding.Class);
        Assert.Equal(
            ["CUSRES[M1].BGM", "CUSRES[M1].ERP", "CUSRES[M1].ERC", "CUSRES[M1].FTX+AAO", "CUSRES[M1].RFF+ABT", "CUSRES[M1].GIS", "CUSRES[M1].MOA+161"],
            finding.Differences.Select(d => d.Field));
        Assert.All(finding.Differences, d => Assert.Equal("contract gets.md, section Pre-shipment lodgement", d.Rule?.ApprovedBy));
    }

    [Fact]
    public void The_same_E004_against_an_acceptance_is_a_mismatch_when_the_request_has_no_GIS_PS()
    {
        var request = Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(ContractSamples.Read("gets/05-pre-shipment-new-core.edi", Received)).Replace("GIS+PS:HKF'\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain("GIS+PS", Encoding.UTF8.GetString(request), StringComparison.Ordinal);

        var finding = Gets(GetsRejected(LegacyRef, "E004", "SEGMENT UNKNOWN, MISPLACED OR REPEATED"), GetsAccepted(CoreRef, "TD42611275000001", "25.70"), request);

        Assert.Equal(ParityClass.Mismatch, finding.Class);
        Assert.All(finding.Differences, d => Assert.Equal(ParityClass.Mismatch, d.Class));
    }

    [Fact]
    public void A_pre_shipment_request_rejected_by_both_with_different_codes_is_a_mismatch()
    {
        var request = ContractSamples.Read("gets/05-pre-shipment-new-core.edi", Received);

        var finding = Gets(
            GetsRejected(LegacyRef, "E015", "GOODS DESCRIPTION TOO VAGUE"),
            GetsRejected(CoreRef, "E016", "AMOUNT OR QUANTITY INVALID"),
            request);

        Assert.Equal(ParityClass.Mismatch, finding.Class);
    }

    [Fact]
    public void A_legacy_queued_answer_against_an_immediate_acceptance_is_intended()
    {
        var finding = Gets(Cusres(LegacyRef, "29", "GIS+QD:HKS"), GetsAccepted(CoreRef, "TD42611275000001", "7.00"));

        Assert.Equal(ParityClass.Intended, finding.Class);
        Assert.Contains(finding.Differences, d => d.Field == "CUSRES[M1].GIS" && d.Primary == "GIS+QD:HKS" && d.Secondary == "GIS+AC:HKS");
        Assert.All(finding.Differences, d => Assert.Equal(ParityClass.Intended, d.Class));
    }

    [Fact]
    public void Go_against_stop_is_a_risk_outcome_only()
    {
        var finding = ParityClassifier.Classify(ContractInterface.Rocars, null, [], Ok(Clearance("GO")), Ok(Clearance("STOP")), ParityRuleSet.Declared);

        Assert.Equal(ParityClass.RiskOutcome, finding.Class);
        var difference = Assert.Single(finding.Differences);
        Assert.Equal(("ClearanceInstruction/Instruction", "GO", "STOP", ParityClass.RiskOutcome),
            (difference.Field, difference.Primary, difference.Secondary, difference.Class));
        Assert.Equal(RuleTreatment.RiskOutcome, difference.Rule?.Treatment);
    }

    [Fact]
    public void Go_against_stop_with_another_field_changed_is_a_mismatch()
    {
        var core = Clearance("STOP").Replace("LMC", "SBC", StringComparison.Ordinal);

        var finding = ParityClassifier.Classify(ContractInterface.Rocars, null, [], Ok(Clearance("GO")), Ok(core), ParityRuleSet.Declared);

        Assert.Equal(ParityClass.Mismatch, finding.Class);
        Assert.Equal(
            [("ClearanceInstruction/ControlPoint", ParityClass.Mismatch), ("ClearanceInstruction/Instruction", ParityClass.RiskOutcome)],
            finding.Differences.Select(d => (d.Field, d.Class)));
    }

    [Fact]
    public void A_different_CSN_action_code_is_a_risk_outcome()
    {
        var finding = ParityClassifier.Classify(ContractInterface.Accs, null, [], Ok(Csn("NC")), Ok(Csn("PX")), ParityRuleSet.Declared);

        Assert.Equal(ParityClass.RiskOutcome, finding.Class);
        Assert.Equal("line 3", Assert.Single(finding.Differences).Field);
    }

    [Fact]
    public void A_CSN_that_differs_in_its_time_or_flight_beside_the_action_code_is_a_mismatch()
    {
        var otherTime = ParityClassifier.Classify(ContractInterface.Accs, null, [], Ok(Csn("NC")), Ok(Csn("PX", setAt: "27NOV0901")), ParityRuleSet.Declared);
        var otherFlight = ParityClassifier.Classify(ContractInterface.Accs, null, [], Ok(Csn("NC")),
            Ok(Csn("NC").Replace("CX251", "CX999", StringComparison.Ordinal)), ParityRuleSet.Declared);

        Assert.Equal(ParityClass.Mismatch, otherTime.Class);
        Assert.Equal(ParityClass.Mismatch, otherFlight.Class);
        Assert.Equal(("line 3", "CSN/NC/27NOV0900/CX251/27NOV", "CSN/NC/27NOV0900/CX999/27NOV"),
            (otherFlight.Differences[0].Field, otherFlight.Differences[0].Primary, otherFlight.Differences[0].Secondary));
    }

    [Fact]
    public void An_eman_notice_feed_with_a_detention_only_one_side_made_is_a_risk_outcome()
    {
        string[] notice =
        [
            "UNH+1+CUSRES:D:96B:UN:HKEMAN", "BGM+962+EM12611270000001+29", "DTM+182:202611270900:203", "RFF+ACD:1",
            "GIS+DN:HKS", "CNI+1+MSCU123456", "FTX+AAO+++DETAINED FOR EXAMINATION", "UNT+8+1",
        ];
        var legacy = Interchange(LegacyRef, "HKEMAN", notice);
        var core = Interchange(CoreRef, "HKEMAN", [], messages: 0);

        var finding = ParityClassifier.Classify(ContractInterface.Eman, null, [], Ok(legacy), Ok(core), ParityRuleSet.Declared);

        Assert.Equal(ParityClass.RiskOutcome, finding.Class);
        Assert.Equal(9, finding.Differences.Count);
        Assert.All(finding.Differences, d => Assert.Equal(ParityClass.RiskOutcome, d.Class));
    }

    [Fact]
    public void A_status_difference_is_a_mismatch()
    {
        var finding = ParityClassifier.Classify(ContractInterface.Accs, null, [], Ok(Csn("NC")), new ParityAnswer(503, Array.Empty<byte>()), ParityRuleSet.Declared);

        Assert.Equal(ParityClass.Mismatch, finding.Class);
        Assert.Equal(("http.status", "200", "503"), (finding.Differences[0].Field, finding.Differences[0].Primary, finding.Differences[0].Secondary));
    }

    [Fact]
    public void The_first_matching_rule_wins_and_an_ignore_rule_counts_as_a_match()
    {
        var rules = ParityRuleSet.Parse("""
            {"rules":[
              {"interface":"gets","messageType":"*","field":"CUSRES[*].MOA+161","treatment":"ignore","why":"w","approvedBy":"a","since":"2026-11-27"},
              {"interface":"gets","messageType":"*","field":"CUSRES[*].MOA*","treatment":"intended","why":"w","approvedBy":"b","since":"2026-11-27"}
            ]}
            """);

        var finding = ParityClassifier.Classify(ContractInterface.Gets, "CUSDEC", [],
            Ok(GetsAccepted(LegacyRef, "TD42611270000001", "7.00")), Ok(GetsAccepted(CoreRef, "TD42611275000001", "7.10")), rules);

        Assert.Equal(ParityClass.Match, finding.Class);
        var difference = Assert.Single(finding.Differences);
        Assert.Equal(("a", ParityClass.Match), (difference.Rule?.ApprovedBy, difference.Class));
    }

    [Fact]
    public void A_rule_of_another_interface_or_message_type_does_not_apply()
    {
        var rules = ParityRuleSet.Parse("""
            {"rules":[
              {"interface":"eman","messageType":"*","field":"*","treatment":"ignore","why":"w","approvedBy":"a","since":"2026-11-27"},
              {"interface":"gets","messageType":"FWB","field":"*","treatment":"ignore","why":"w","approvedBy":"a","since":"2026-11-27"}
            ]}
            """);

        var finding = ParityClassifier.Classify(ContractInterface.Gets, "CUSDEC", [],
            Ok(GetsAccepted(LegacyRef, "TD42611270000001", "7.00")), Ok(GetsAccepted(CoreRef, "TD42611275000001", "7.10")), rules);

        Assert.Equal(ParityClass.Mismatch, finding.Class);
    }
}
