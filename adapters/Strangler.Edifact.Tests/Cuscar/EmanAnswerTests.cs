using System.Text;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using static Strangler.Edifact.Tests.Cuscar.CuscarExamples;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class EmanAnswerTests
{
    private static readonly AnswerSubject Subject = new("EM0000009", "M1", "MSC-V123E-HKG-IM");

    private static string Write(params CusresMessage[] messages)
    {
        var envelope = AnswerEnvelope.ForKey(EdifactInterface.Eman, "MSCUAGENT", Now, "R0000000000042");
        var bytes = CusresWriter.Write(CusresAnswers.Interchange(envelope, messages));
        var read = CusresReader.Read(bytes);
        Assert.True(read.IsRead, read.Problem);
        Assert.Equal(messages, read.Answer!.Messages);
        return Encoding.UTF8.GetString(bytes);
    }

    private const string Opening = "UNA:+.? 'UNB+UNOC:3+HKEMAN:ZZZ+MSCUAGENT:ZZZ+260115:1200+R0000000000042'\n";

    [Fact]
    public void A_late_statement_2_is_acknowledged_with_GIS_LT()
    {
        var late = AirImport(Now) with { EventDateTime = At(Now.AddDays(-15)) };
        Assert.Equal(
            Opening +
            "UNH+M1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+MSC-V123E-HKG-IM+29'\nDTM+182:202601151200:203'\n" +
            "RFF+ACW:EM0000009:M1'\nRFF+ABT:EM42601150000007'\nGIS+AC:HKS'\nGIS+LT:HKS'\nUNT+8+M1'\nUNZ+1+R0000000000042'\n",
            Write(EmanAnswers.Accepted(Subject, late, Now.AddSeconds(30), "EM42601150000007")));
    }

    [Fact]
    public void An_accepted_cancellation_is_acknowledged_with_GIS_CX()
    {
        var cancel = SeaImport(Now) with { Function = ManifestFunction.Cancellation, EmanRef = "EM12601150000001", Totals = null };
        Assert.Equal(
            Opening +
            "UNH+M1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+MSC-V123E-HKG-IM+29'\nDTM+182:202601151200:203'\n" +
            "RFF+ACW:EM0000009:M1'\nRFF+ABT:EM12601150000001'\nGIS+CX:HKS'\nUNT+7+M1'\nUNZ+1+R0000000000042'\n",
            Write(EmanAnswers.Accepted(Subject, cancel, Now, "EM12601150000001")));
    }

    [Fact]
    public void A_rejection_carries_only_its_error_groups()
    {
        var errors = EmanRules.Check(SeaImport(Now) with { EventQualifier = "133", Totals = new("1", "1", "2") }, new(Now));
        Assert.Equal(
            Opening +
            "UNH+M1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+MSC-V123E-HKG-IM+27'\nDTM+182:202601151200:203'\nRFF+ACW:EM0000009:M1'\n" +
            "ERP+1'\nERC+E010:HKE'\nFTX+AAO+++DIRECTION, DATES OR LOCATIONS DO NOT AGREE'\n" +
            "ERP+1'\nERC+E014:HKE'\nFTX+AAO+++SEQUENCE NUMBERING OR CONTROL TOTALS WRONG'\n" +
            "UNT+11+M1'\nUNZ+1+R0000000000042'\n",
            Write(EmanAnswers.Rejected(Subject, Now, errors)));
    }

    [Fact]
    public void Detention_notice_and_release_voucher_list_the_consignments_in_sequence_order()
    {
        var version = SeaImport(Now);
        var detention = EmanAnswers.Notice(1, "EM12601150000001", Now.AddHours(1), 7, isRelease: false, version, [2, 1]);
        var release = EmanAnswers.Notice(2, "EM12601150000001", Now.AddHours(3).AddSeconds(59), 8, isRelease: true, version, [2]);
        Assert.Equal(
            Opening +
            "UNH+1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+EM12601150000001+29'\nDTM+182:202601151300:203'\nRFF+ACD:7'\n" +
            "GIS+DN:HKS'\nCNI+1+MSCUHK1234567'\nCNI+2+MSCUHK1234568'\nFTX+AAO+++DETAINED FOR EXAMINATION'\nUNT+9+1'\n" +
            "UNH+2+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+EM12601150000001+29'\nDTM+182:202601151500:203'\nRFF+ACD:8'\n" +
            "GIS+RV:HKS'\nCNI+2+MSCUHK1234568'\nFTX+AAO+++RELEASED'\nUNT+8+2'\nUNZ+2+R0000000000042'\n",
            Write(detention, release));
    }

    [Fact]
    public void An_empty_notice_feed_is_an_interchange_with_UNZ_0() =>
        Assert.Equal(Opening + "UNZ+0+R0000000000042'\n", Write());

    [Fact]
    public void A_carrier_code_longer_than_9_is_E011_not_E006()
    {
        var m = SeaImport(Now) with { CarrierCode = "MSCUMSCUMS" };
        var errors = EmanRules.Check(m with { Conveyance = m.Conveyance with { CarrierCode = "MSCUMSCUMS" } }, new(Now));
        Assert.Equal("E011", Assert.Single(errors).Code);
    }

    [Fact]
    public void Store_rule_texts_are_exposed_for_the_stand_ins()
    {
        Assert.Equal("MANIFEST UNKNOWN, NOT YOURS OR CANCELLED", EmanErrors.ManifestUnknown().Text);
        Assert.Equal("LIVE MANIFEST EXISTS FOR THIS TRIP, SEND AN AMENDMENT", EmanErrors.LiveManifestExists().Text);
        Assert.Equal("E019", EmanErrors.LiveManifestExists().Code);
    }
}
