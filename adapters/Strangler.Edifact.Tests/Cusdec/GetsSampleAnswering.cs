using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Testing;
using Strangler.Contracts.Time;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Tests.Cusdec;

/// <summary>
/// What a stand-in does with a GETS body when the store has nothing to say (fresh store): envelope,
/// four phases, then an acceptance with the next TDEC number and the money, or a rejection.
/// </summary>
internal static class GetsSampleAnswering
{
    public static CusresInterchange Answer(byte[] body, CheckContext context, string answerRef = "R0000000000001")
    {
        var envelope = EnvelopeReader.Open(body, EdifactInterface.Gets);
        var partyId = context.Client?.EdifactPartyId;
        var answerEnvelope = AnswerEnvelope.For(envelope, partyId, context.ReceivedAt, answerRef);
        if (!envelope.IsAccepted)
        {
            return CusresAnswers.Interchange(answerEnvelope, [CusresAnswers.EnvelopeRejection(envelope, context.ReceivedAt)]);
        }

        var sequence = 0;
        var answers = new List<CusresMessage>();
        foreach (var message in envelope.Messages)
        {
            var subject = AnswerSubject.Of(envelope, message);
            var verdict = MessageChecker.Check(message, CusdecMessageType.Instance, context);
            if (!verdict.Passed)
            {
                answers.Add(CusresAnswers.Rejection(EdifactInterface.Gets, subject, context.ReceivedAt, verdict.Errors));
                continue;
            }

            var declaration = CusdecMapper.Map(message);
            TransportModes.TryParseCode(declaration.ModeCode, out var mode);
            var tdec = TdecNumber.Create(mode, HongKongTime.Date(context.ReceivedAt), sequence++);
            var money = GetsCharges.For(declaration, HongKongTime.Date(context.ReceivedAt))!;
            answers.Add(GetsAnswers.Accepted(subject, context.ReceivedAt, tdec, money));
        }

        return CusresAnswers.Interchange(answerEnvelope, answers);
    }

    public static CheckContext Context(RuleProfile profile = RuleProfile.Legacy) =>
        new(TestBodies.Noon, SampleClientKeys.Tradelink, profile);
}
