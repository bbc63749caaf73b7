using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Text;
using Strangler.Contracts.Time;
using Strangler.RocarsXml.Documents;

namespace Strangler.RocarsXml.Rules;

/// <summary>
/// The stateless field rules against the received-at: R010, R011, R012, R013 (found while reading),
/// R030, R033, and the CCRN pattern and check (R020 in an ACI, R031 in a bundle, with a CCRN
/// repeated in one bundle). Each code once, ascending.
/// </summary>
internal static class FieldRules
{
    public static readonly TimeSpan MinimumNotice = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan MaximumNotice = TimeSpan.FromHours(336);

    public static IReadOnlyList<ContractError> ForAci(AciSubmission submission, IReadOnlyList<ContractError> valueErrors, DateTimeOffset receivedAt)
    {
        var errors = new List<ContractError>(valueErrors);
        if (submission.Function != AciFunction.Original && !RocarsReferences.IsCcrn(submission.Ccrn))
        {
            errors.Add(RocarsErrors.Error(RocarsErrors.R020, "Ccrn"));
        }

        if (submission.Lodgement is { } lodgement)
        {
            var at = HongKongTime.TruncateToSeconds(receivedAt);
            if (lodgement.ExpectedCrossing < at + MinimumNotice || lodgement.ExpectedCrossing > at + MaximumNotice)
            {
                errors.Add(RocarsErrors.Error(RocarsErrors.R010, "ExpectedCrossing"));
            }

            if (!ControlPoint.IsKnown(lodgement.ControlPoint))
            {
                errors.Add(RocarsErrors.Error(RocarsErrors.R011, "ControlPoint"));
            }

            var vague = lodgement.Articles.Select((a, i) => (a, i)).FirstOrDefault(x => GoodsDescription.IsVague(x.a.Description));
            if (vague.a is not null)
            {
                errors.Add(RocarsErrors.Error(RocarsErrors.R012, $"Article {vague.i + 1} Description"));
            }
        }

        return Ordered(errors);
    }

    public static IReadOnlyList<ContractError> ForBundle(BundleSubmission submission, DateTimeOffset receivedAt)
    {
        var errors = new List<ContractError>();
        if (!ControlPoint.IsKnown(submission.ControlPoint))
        {
            errors.Add(RocarsErrors.Error(RocarsErrors.R011, "ControlPoint"));
        }

        if (submission.ExpectedArrival < HongKongTime.TruncateToSeconds(receivedAt) + MinimumNotice)
        {
            errors.Add(RocarsErrors.Error(RocarsErrors.R030, "ExpectedArrival"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < submission.Ccrns.Count; i++)
        {
            var ccrn = submission.Ccrns[i];
            if (!RocarsReferences.IsCcrn(ccrn) || !seen.Add(ccrn))
            {
                errors.Add(RocarsErrors.Error(RocarsErrors.R031, $"Ccrn {i + 1}"));
                break;
            }
        }

        if (!RocarsReferences.IsVrn(submission.Vrn))
        {
            errors.Add(RocarsErrors.Error(RocarsErrors.R033, "Vrn"));
        }

        return Ordered(errors);
    }

    private static List<ContractError> Ordered(List<ContractError> errors) =>
        [.. errors.DistinctBy(e => e.Code).OrderBy(e => e.Code, StringComparer.Ordinal)];
}
