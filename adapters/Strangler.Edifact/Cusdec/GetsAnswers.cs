using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cusdec;

/// <summary>The GETS acknowledgements (gets.md, "Acknowledgement") as pure functions.</summary>
public static class GetsAnswers
{
    /// <summary>Accepted original or amendment: RFF+ABT, GIS+AC, MOA+161, MOA+55 (penalty), MOA+56 (levy).</summary>
    public static CusresMessage Accepted(AnswerSubject subject, DateTimeOffset receivedAt, string tdecNumber, GetsMoney money)
    {
        ArgumentNullException.ThrowIfNull(money);
        var amounts = new List<CusresAmount> { CusresAmount.Of(CusresAmount.Charge, money.Charge) };
        if (money.Penalty is { } penalty)
        {
            amounts.Add(CusresAmount.Of(CusresAmount.Penalty, penalty));
        }

        if (money.Levy is { } levy)
        {
            amounts.Add(CusresAmount.Of(CusresAmount.Levy, levy));
        }

        return CusresAnswers.Acceptance(EdifactInterface.Gets, subject, receivedAt, tdecNumber, [CusresAnswers.Accepted], amounts);
    }

    /// <summary>Accepted cancellation: RFF+ABT and GIS+CX.</summary>
    public static CusresMessage Cancelled(AnswerSubject subject, DateTimeOffset receivedAt, string tdecNumber) =>
        CusresAnswers.Acceptance(EdifactInterface.Gets, subject, receivedAt, tdecNumber, [CusresAnswers.Cancelled]);
}
