using Strangler.Contracts.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Legacy.Eman.Replays;

namespace Strangler.Legacy.Eman.Tests.Replays;

public sealed class RecordedAnswerTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void An_acceptance_reads_back_equal_to_what_was_recorded()
    {
        var subject = new AnswerSubject("EM0000001", "M1", "MSC?+V123E'X");
        var answer = EmanAnswers.AcceptedStatuses(subject, At, "EM12601150000001", [CusresAnswers.Accepted, CusresAnswers.Late]);

        Assert.Equal(answer, RecordedAnswer.FromBytes(RecordedAnswer.ToBytes(answer)));
    }

    [Fact]
    public void A_rejection_reads_back_equal_and_is_recorded_as_its_segments_only()
    {
        var subject = new AnswerSubject("EM0000002", "M1", "");
        var answer = EmanAnswers.Rejected(subject, At, [EmanErrors.ControlTotals(), EmanErrors.ContainerNumber()]);

        var bytes = RecordedAnswer.ToBytes(answer);

        Assert.StartsWith("UNH+M1+CUSRES:D:96B:UN:HKEMAN'\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.EndsWith("UNT+11+M1'\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(answer, RecordedAnswer.FromBytes(bytes));
    }
}
