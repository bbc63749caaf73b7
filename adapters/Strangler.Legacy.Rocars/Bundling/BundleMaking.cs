using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Time;
using Strangler.Legacy.Rocars.Risk;
using Strangler.Legacy.Rocars.Store;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.Legacy.Rocars.Bundling;

/// <summary>
/// The store side of POST /bundles: R031 (a CCRN unknown, cancelled, or in another live bundle), R032
/// (direction or control point differs), then the bundle with its legacy risk decision. Any driver may
/// bundle any CCRN, SSDD lodgements included.
/// </summary>
internal sealed class BundleMaking(RocarsDatabase numbers, LegacyRiskAssessment risk)
{
    public async Task<byte[]> BundleAsync(
        DbConnection connection,
        DbTransaction transaction,
        ClientAuthority client,
        RocarsRequest<BundleSubmission> request,
        DateTimeOffset receivedAt,
        string? issuedBundleRef)
    {
        var submission = request.Document!;
        var at = StoreCodes.Local(receivedAt);
        var storeErrors = new List<ContractError>();
        var acis = new List<AciRow>();
        var lodgements = new List<Lodgement>();
        if (!request.IsRejectedAlone)
        {
            // Locked in CCRN order, so that two bundles sharing CCRNs cannot deadlock.
            foreach (var ccrn in submission.Ccrns.Where(RocarsReferences.IsCcrn).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var aci = await AciStore.LockAsync(connection, transaction, ccrn);
                if (aci is null || aci.IsCancelled || await BundleStore.LiveBundleRefOfAsync(connection, transaction, aci.AciId, at) is not null)
                {
                    storeErrors.Add(RocarsErrors.Error(RocarsErrors.R031, ccrn));
                    continue;
                }

                var version = await AciStore.VersionAsync(connection, transaction, aci.AciId, aci.ContentVersionNo);
                if (StoreCodes.Direction(version.DirectionCd!) != submission.Direction || version.ControlPoint!.TrimEnd() != submission.ControlPoint)
                {
                    storeErrors.Add(RocarsErrors.Error(RocarsErrors.R032, ccrn));
                }

                acis.Add(aci);
                lodgements.Add(await AciStore.LodgementAsync(connection, transaction, version));
            }
        }

        var errors = request.WithStoreErrors(storeErrors);
        if (errors.Count > 0)
        {
            return RocarsWriter.Write(BundleResponse.Rejected(request.AnswerMessageId, receivedAt, errors));
        }

        var date = HongKongTime.Date(receivedAt);
        var bundleRef = issuedBundleRef ??
                        RocarsReferences.NewBundleRef(date, await numbers.NextDailyAsync(connection, transaction, RocarsDatabase.BundleSequence, date));
        var decision = risk.Decide(bundleRef, lodgements);
        var bundle = new BundleRow
        {
            BundleId = await numbers.NextIdAsync(connection, transaction, "RCS_BUNDLE"),
            BundleRef = bundleRef,
            OwnerKey = client.Key,
            MessageId = submission.MessageId,
            Vrn = submission.Vrn,
            DirectionCd = StoreCodes.Direction(submission.Direction),
            ControlPoint = submission.ControlPoint,
            ExpectedArrival = StoreCodes.Local(submission.ExpectedArrival),
            LiveUntil = StoreCodes.Local(submission.ExpectedArrival + BundleLife.LiveAfterArrival),
            ReceivedAt = at,
            StatusCd = StoreCodes.BundleBundled,
            InstructionCd = StoreCodes.Instruction(decision.Instruction),
            RiskRule = decision.Rule,
        };

        // The bundle's lines in the order the driver sent the CCRNs.
        var inOrder = submission.Ccrns.Select(c => acis.Single(a => a.Ccrn == c)).ToList();
        await BundleStore.InsertAsync(connection, transaction, bundle, inOrder);
        return RocarsWriter.Write(BundleResponse.Bundled(request.AnswerMessageId, bundleRef, receivedAt));
    }
}
