using System.Text;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Tests.Cusres;

public sealed class CusresAnswersTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 12, 34, 56, TimeSpan.FromHours(8));

    [Fact]
    public void Envelope_rejection_echoes_a_well_formed_interchange_ref_and_addresses_the_sender()
    {
        var envelope = EnvelopeReader.Open(TestBodies.Utf8("UNB+UNOB:2+SENDER1:ZZZ+HKEMAN:ZZZ+260310:1200+IC9'UNZ+0+IC9'"), EdifactInterface.Gets);
        var answer = CusresAnswers.Interchange(AnswerEnvelope.For(envelope, "TRADELINK01", At, "R5000000000007"),
            [CusresAnswers.EnvelopeRejection(envelope, At)]);

        Assert.Equal(
            "UNA:+.? 'UNB+UNOB:2+HKGETS:ZZZ+SENDER1:ZZZ+260310:1234+R5000000000007'\n" +
            "UNH+1+CUSRES:D:96B:UN:HKGETS'\nBGM+962+IC9+27'\nDTM+182:202603101234:203'\nRFF+ACW:IC9'\n" +
            "ERP+1'\nERC+E001:HKE'\nFTX+AAO+++INTERCHANGE ENVELOPE INVALID'\nUNT+8+1'\nUNZ+1+R5000000000007'\n",
            Encoding.UTF8.GetString(CusresWriter.Write(answer)));
    }

    [Fact]
    public void Without_a_readable_unb_the_answer_uses_unoc_3_and_the_key_party_id()
    {
        var envelope = EnvelopeReader.Open(TestBodies.Utf8("garbage+ic?'"), EdifactInterface.Gets);
        var answer = CusresAnswers.Interchange(AnswerEnvelope.For(envelope, "TRADELINK01", At, "R0000000000001"),
            [CusresAnswers.EnvelopeRejection(envelope, At)]);

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+260310:1234+R0000000000001'\n" +
            "UNH+1+CUSRES:D:96B:UN:HKGETS'\nBGM+962++27'\nDTM+182:202603101234:203'\nRFF+ACW'\n" +
            "ERP+1'\nERC+E001:HKE'\nFTX+AAO+++INTERCHANGE ENVELOPE INVALID'\nUNT+8+1'\nUNZ+1+R0000000000001'\n",
            Encoding.UTF8.GetString(CusresWriter.Write(answer)));
    }

    [Fact]
    public void Document_numbers_with_service_characters_are_released_and_long_ones_not_echoed()
    {
        var body = TestBodies.Interchange("BGM+830+A?+B?:C?'D??+9'\n");
        var envelope = EnvelopeReader.Open(TestBodies.Utf8(body), EdifactInterface.Gets);
        var subject = AnswerSubject.Of(envelope, envelope.Messages[0]);
        var text = Encoding.UTF8.GetString(CusresWriter.Write(CusresAnswers.Interchange(
            AnswerEnvelope.For(envelope, null, At, "R0000000000001"),
            [CusresAnswers.Rejection(EdifactInterface.Gets, subject, At, [Strangler.Edifact.Checking.EdifactErrors.Of("E005")])])));

        Assert.Equal("A+B:C'D?", subject.DocumentNumber);
        Assert.Contains("BGM+962+A?+B?:C?'D??+27'\n", text, StringComparison.Ordinal);

        var longBody = TestBodies.Interchange("BGM+830+" + new string('X', 36) + "+9'\n");
        var longEnvelope = EnvelopeReader.Open(TestBodies.Utf8(longBody), EdifactInterface.Gets);
        Assert.Equal(string.Empty, AnswerSubject.Of(longEnvelope, longEnvelope.Messages[0]).DocumentNumber);
    }

    [Fact]
    public void Document_number_is_not_echoed_when_bgm_is_not_second_or_has_a_character_fault()
    {
        var notSecond = EnvelopeReader.Open(TestBodies.Utf8(TestBodies.Interchange("GIS+1:HKF'\nBGM+830+L1+9'\n")), EdifactInterface.Gets);
        var faulty = EnvelopeReader.Open(TestBodies.Utf8(TestBodies.Interchange("BGM+830+L\u00011+9'\n")), EdifactInterface.Gets);

        Assert.Equal(string.Empty, AnswerSubject.EchoedDocumentNumber(notSecond.Messages[0]));
        Assert.Equal(string.Empty, AnswerSubject.EchoedDocumentNumber(faulty.Messages[0]));
    }

    [Fact]
    public void Feed_entries_and_queued_answers_have_their_shape()
    {
        var subject = new AnswerSubject("IC1", "M7", "LRN1");
        var queued = CusresAnswers.QueuedAnswer(subject, At);
        var feed = CusresAnswers.FeedEntry(queued, 3, 17);
        var answer = CusresAnswers.Interchange(AnswerEnvelope.ForKey(EdifactInterface.Gets, "TRADELINK01", At, "R0000000000002"), [queued, feed]);

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+260310:1234+R0000000000002'\n" +
            "UNH+M7+CUSRES:D:96B:UN:HKGETS'\nBGM+962+LRN1+29'\nDTM+182:202603101234:203'\nRFF+ACW:IC1:M7'\nGIS+QD:HKS'\nUNT+6+M7'\n" +
            "UNH+3+CUSRES:D:96B:UN:HKGETS'\nBGM+962+LRN1+29'\nDTM+182:202603101234:203'\nRFF+ACW:IC1:M7'\nRFF+ACD:17'\nGIS+QD:HKS'\nUNT+7+3'\n" +
            "UNZ+2+R0000000000002'\n",
            Encoding.UTF8.GetString(CusresWriter.Write(answer)));
    }

    [Fact]
    public void Eman_notice_and_acceptance_have_their_shape_and_read_back()
    {
        var notice = CusresAnswers.Notice(1, "EM12603100000001", At, 5, isRelease: false,
            [new CusresConsignment("1", "MSCUHK1"), new CusresConsignment("2", "MSCUHK2")]);
        var late = CusresAnswers.Acceptance(EdifactInterface.Eman, new AnswerSubject("IC1", "M1", "MAN1"), At, "EM12603100000001",
            [CusresAnswers.Accepted, CusresAnswers.Late]);
        var answer = CusresAnswers.Interchange(AnswerEnvelope.ForKey(EdifactInterface.Eman, "MSCUAGENT", At, "R0000000000003"), [notice, late]);
        var bytes = CusresWriter.Write(answer);

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKEMAN:ZZZ+MSCUAGENT:ZZZ+260310:1234+R0000000000003'\n" +
            "UNH+1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+EM12603100000001+29'\nDTM+182:202603101234:203'\nRFF+ACD:5'\nGIS+DN:HKS'\n" +
            "CNI+1+MSCUHK1'\nCNI+2+MSCUHK2'\nFTX+AAO+++DETAINED FOR EXAMINATION'\nUNT+9+1'\n" +
            "UNH+M1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+MAN1+29'\nDTM+182:202603101234:203'\nRFF+ACW:IC1:M1'\nRFF+ABT:EM12603100000001'\n" +
            "GIS+AC:HKS'\nGIS+LT:HKS'\nUNT+8+M1'\nUNZ+2+R0000000000003'\n",
            Encoding.UTF8.GetString(bytes));
        Assert.Equal(answer, CusresReader.Read(bytes).Answer);
    }

    [Fact]
    public void An_empty_feed_is_an_interchange_with_unz_0()
    {
        var bytes = CusresWriter.Write(CusresAnswers.Interchange(AnswerEnvelope.ForKey(EdifactInterface.Gets, "TRADELINK01", At, "R0000000000004"), []));

        Assert.Equal("UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+260310:1234+R0000000000004'\nUNZ+0+R0000000000004'\n", Encoding.UTF8.GetString(bytes));
        Assert.Empty(CusresReader.Read(bytes).Answer!.Messages);
    }

    [Fact]
    public void An_answer_ref_must_be_R_and_13_digits() =>
        Assert.Throws<ArgumentException>(() => AnswerEnvelope.ForKey(EdifactInterface.Gets, null, At, "R123"));

    [Fact]
    public void The_reader_reports_what_it_cannot_read_without_throwing()
    {
        Assert.NotNull(CusresReader.Read(TestBodies.Utf8("UNB+UNOC:3'")).Problem);
        Assert.NotNull(CusresReader.Read([0xFF, 0xFE]).Problem);
    }
}
