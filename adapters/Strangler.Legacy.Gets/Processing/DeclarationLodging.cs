using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Legacy.Gets.Declarations;
using Strangler.Legacy.Gets.Replay;
using Strangler.Legacy.Gets.Store;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Gets.Processing;

/// <summary>
/// Processes one CUSDEC message in full, inside the caller's transaction: the four phases (the codec),
/// then the store rules of phase 4 (E018, E019, an amendment keeping the original's fields and a
/// cancellation matching it, E010), then, when accepted, the version rows and the acknowledgement.
/// Used for messages answered at once and for queued messages processed at the opening.
/// </summary>
internal sealed class DeclarationLodging(LegacySequences sequences)
{
    public async Task<LodgingResult> LodgeAsync(
        DbConnection connection,
        DbTransaction transaction,
        ClientAuthority key,
        EdifactMessage message,
        AnswerSubject subject,
        DateTimeOffset receivedAt,
        string? issuedTdecNo,
        CancellationToken cancellationToken)
    {
        var verdict = MessageChecker.Check(message, CusdecMessageType.Instance, new CheckContext(receivedAt, key, RuleProfile.Legacy));
        if (verdict.Phase < 4)
        {
            return Rejected(subject, receivedAt, verdict.Errors);
        }

        var declaration = CusdecMapper.Map(message);
        var current = declaration.Function == DeclarationFunction.Original
            ? null
            : await DeclarationStore.FindAsync(connection, transaction, declaration.TdecNumber ?? string.Empty);
        var storeErrors = await StoreErrorsAsync(connection, transaction, key, declaration, current);
        var errors = MessageChecker.Normalise(verdict.Errors.Concat(storeErrors));
        if (errors.Count > 0)
        {
            return Rejected(subject, receivedAt, errors);
        }

        var receivedDate = HongKongTime.Date(receivedAt);
        var money = GetsCharges.For(declaration, receivedDate);
        var version = new LodgedVersion(declaration, money, key.Key, subject.InterchangeRef, subject.MessageRef, receivedAt);
        switch (declaration.Function)
        {
            case DeclarationFunction.Original:
                var tdecNo = issuedTdecNo is not null && TdecNumber.IsWellFormed(issuedTdecNo)
                    ? issuedTdecNo
                    : await NewTdecNumberAsync(connection, transaction, declaration, receivedDate, cancellationToken);
                var id = await sequences.NextAsync(connection, transaction, GetsSequences.DeclarationId, null, cancellationToken);
                await DeclarationStore.InsertOriginalAsync(connection, transaction, id, tdecNo, version);
                return new(GetsAnswers.Accepted(subject, receivedAt, tdecNo, money!), RequestLog.Accepted);
            case DeclarationFunction.Amendment:
                await DeclarationStore.InsertNextVersionAsync(connection, transaction, current!, version);
                return new(GetsAnswers.Accepted(subject, receivedAt, current!.TdecNo, money!), RequestLog.Accepted);
            default:
                await DeclarationStore.InsertNextVersionAsync(connection, transaction, current!, version);
                return new(GetsAnswers.Cancelled(subject, receivedAt, current!.TdecNo), RequestLog.Cancelled);
        }
    }

    public static LodgingResult Rejected(AnswerSubject subject, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        new(CusresAnswers.Rejection(EdifactInterface.Gets, subject, receivedAt, errors), RequestLog.Rejected);

    private static async Task<IReadOnlyList<ContractError>> StoreErrorsAsync(
        DbConnection connection, DbTransaction transaction, ClientAuthority key, Declaration declaration, CurrentDeclaration? current)
    {
        switch (declaration.Function)
        {
            case DeclarationFunction.Original:
                // LRNs of rejected messages stay free (nothing was stored); a cancelled declaration's LRN stays used.
                return await DeclarationStore.LrnUsedAsync(connection, transaction, declaration.Declarant.BrNumber, declaration.Lrn)
                    ? [GetsErrors.LrnUsed()]
                    : [];
            default:
                // Queued declarations are not in the store yet, so they are "unknown" too.
                if (current is null || current.ClientKey != key.Key || current.IsCancelled)
                {
                    return [GetsErrors.DeclarationUnknown()];
                }

                var keeps = declaration.Function == DeclarationFunction.Amendment
                    ? GetsStoreFacts.AmendmentKeepsFields(current.AsDeclaration(), declaration)
                    : GetsStoreFacts.CancellationMatches(current.AsDeclaration(), declaration);
                return keeps ? [] : [GetsErrors.Disagreement()];
        }
    }

    private async Task<string> NewTdecNumberAsync(
        DbConnection connection, DbTransaction transaction, Declaration declaration, DateOnly receivedDate, CancellationToken cancellationToken)
    {
        // Accepted originals passed E012, so the mode parses.
        TransportModes.TryParseCode(declaration.ModeCode ?? string.Empty, out var mode);
        var sequence = await sequences.NextLegacyAsync(
            connection, transaction, GetsSequences.Tdec(mode), receivedDate, TdecNumber.SequenceDigits, cancellationToken);
        return TdecNumber.Create(mode, receivedDate, sequence);
    }
}
