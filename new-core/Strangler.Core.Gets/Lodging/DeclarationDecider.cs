using System.Data.Common;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Time;
using Strangler.Core.Gets.Schema;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Store.Documents;
using Strangler.Edifact;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Canonical = Strangler.Core.Model.Declarations;

namespace Strangler.Core.Gets.Lodging;

/// <summary>
/// One CUSDEC message, round the clock: the four phases with the new-core profile, the store rules (E010 against the
/// current version, E018, E019), then the TDEC number, the canonical version and the acknowledgement. Everything runs
/// inside the caller's one write transaction, so the checks see the state the writes commit against, and the LRN
/// reservation, TDEC number, version and facts commit together with the recorded answer, or not at all.
/// </summary>
internal sealed class DeclarationDecider(DocumentWriter writer, DocumentReader reader, CoreReferences numbers)
{
    private static readonly EdifactMessageType Type = EdifactMessageTypes.For(EdifactInterface.Gets)
        ?? throw new InvalidOperationException("No CUSDEC message type is registered.");

    public async Task<MessageOutcome> DecideAsync(
        ContractRequest request, InterchangeEnvelope envelope, EdifactMessage message, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        var store = new Store(connection, transaction);
        var receivedAt = request.ReceivedAt;
        var subject = AnswerSubject.Of(envelope, message);
        var context = new CheckContext(receivedAt, request.Client, RuleProfile.NewCore);
        var verdict = MessageChecker.Check(message, Type, context);
        if (verdict.Phase < 4)
        {
            return Rejected(subject, receivedAt, verdict.Errors);
        }

        var declaration = CusdecMapper.Map(message);
        var key = request.Client.Key;
        var errors = verdict.Errors.ToList();
        StoredDocument? head = null;
        LrnOwner? lrnOwner = null;
        var owner = new LrnOwner(string.Empty, key, subject.InterchangeRef, message.Reference);
        if (declaration.Function == DeclarationFunction.Original)
        {
            lrnOwner = await GetsTables.LrnOwnerAsync(declaration.Declarant.BrNumber, declaration.Lrn, connection, transaction, cancellationToken);
            if (lrnOwner is not null && !SameMessage(lrnOwner, owner))
            {
                errors.Add(GetsErrors.LrnUsed());
            }
        }
        else
        {
            head = await UsableHeadAsync(declaration.TdecNumber, key, store, cancellationToken);
            if (head is null)
            {
                errors.Add(GetsErrors.DeclarationUnknown());
            }
            else if (!await KeepsFieldsAsync(head, declaration, store, cancellationToken))
            {
                errors.Add(GetsErrors.Disagreement());
            }
        }

        if (errors.Count > 0)
        {
            return Rejected(subject, receivedAt, MessageChecker.Normalise(errors));
        }

        var facts = new VersionFacts(subject.InterchangeRef, message.Reference);
        if (head is not null)
        {
            return await SaveLaterVersionAsync(request, declaration, head, subject, facts, store, cancellationToken);
        }

        return await SaveOriginalAsync(request, declaration, lrnOwner, owner, subject, facts, store, cancellationToken);
    }

    private async Task<MessageOutcome> SaveOriginalAsync(
        ContractRequest request, Declaration declaration, LrnOwner? resumed, LrnOwner owner, AnswerSubject subject, VersionFacts facts,
        Store store, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var tdecNo = resumed?.TdecNo;
        if (tdecNo is null)
        {
            var issued = request.Facade?.IssuedFor(subject.MessageRef);
            if (issued is not null && (!TdecNumber.IsWellFormed(issued) || await reader.DocumentAsync(issued, store.Connection, store.Transaction, cancellationToken) is not null))
            {
                return MessageOutcome.FacadeRefused;
            }

            // Phase 4 passed, so the mode is one of 1, 2, 3, 4, 8.
            _ = TransportModes.TryParseCode(declaration.ModeCode, out var mode);
            // Drawn inside the transaction (gapless; on PostgreSQL the sequence row stays locked until commit), so drawn
            // only once every check has passed.
            tdecNo = issued ?? await numbers.In(store.Connection, store.Transaction).NextTdecNumberAsync(mode, receivedAt, cancellationToken);
            var holder = await GetsTables.ReserveLrnAsync(
                declaration.Declarant.BrNumber, declaration.Lrn, owner with { TdecNo = tdecNo }, store.Connection, store.Transaction, cancellationToken);
            if (!SameMessage(holder, owner))
            {
                // Another key's original took the LRN between check and reservation.
                return Rejected(subject, receivedAt, [GetsErrors.LrnUsed()]);
            }

            tdecNo = holder.TdecNo;
        }

        // The reservation, version, facts and recorded answer now commit in one transaction, so a retry meets its own
        // reservation only when its answer is recorded too (and is replayed before it gets here). This resume path stays
        // for reservations left part-way by the earlier write path, which committed each step on its own; it costs
        // nothing on the usual path.
        if (resumed is null || await reader.DocumentAsync(tdecNo, store.Connection, store.Transaction, cancellationToken) is null)
        {
            await SaveAsync(request, declaration with { TdecNumber = tdecNo }, tdecNo, 1, store, cancellationToken);
        }

        await GetsTables.SaveFactsAsync(tdecNo, 1, request.Client.Key, facts, store.Connection, store.Transaction, cancellationToken);
        var money = GetsCharges.For(declaration, HongKongTime.Date(receivedAt))!;
        return new(GetsAnswers.Accepted(subject, receivedAt, tdecNo, money));
    }

    private async Task<MessageOutcome> SaveLaterVersionAsync(
        ContractRequest request, Declaration declaration, StoredDocument head, AnswerSubject subject, VersionFacts facts,
        Store store, CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var number = head.CurrentVersion + 1;
        await SaveAsync(request, declaration, head.Reference, number, store, cancellationToken);
        await GetsTables.SaveFactsAsync(head.Reference, number, request.Client.Key, facts, store.Connection, store.Transaction, cancellationToken);
        if (declaration.Function == DeclarationFunction.Cancellation)
        {
            return new(GetsAnswers.Cancelled(subject, receivedAt, head.Reference));
        }

        var money = GetsCharges.For(declaration, HongKongTime.Date(receivedAt))!;
        return new(GetsAnswers.Accepted(subject, receivedAt, head.Reference, money));
    }

    private async Task SaveAsync(ContractRequest request, Declaration declaration, string tdecNo, int number, Store store, CancellationToken cancellationToken)
    {
        var version = new DocumentVersion
        {
            Number = number,
            Function = DeclarationMapper.FunctionOf(declaration),
            ReceivedAt = request.ReceivedAt,
            IssuedReference = tdecNo,
            Source = SourceInterface.Gets,
            ClientKey = request.Client.Key,
            Document = DeclarationMapper.Map(declaration, request.ReceivedAt),
        };
        if (await writer.SaveVersionAsync(version, store.Connection, store.Transaction, cancellationToken) == SaveOutcome.Conflict)
        {
            throw new InvalidOperationException($"Version {number} of {tdecNo} was stored by another writer at the same time.");
        }
    }

    // E018: the TDEC number exists, is a declaration lodged under this key (through any channel), and is not cancelled.
    private async Task<StoredDocument?> UsableHeadAsync(string? tdecNo, string key, Store store, CancellationToken cancellationToken)
    {
        if (!TdecNumber.IsWellFormed(tdecNo) || await reader.DocumentAsync(tdecNo!, store.Connection, store.Transaction, cancellationToken) is not { } head)
        {
            return null;
        }

        return head.Kind == nameof(Canonical.Declaration) && head.ClientKey == key && head.Status != DocumentStatus.Cancelled ? head : null;
    }

    // E010 against the current version: an amendment keeps LRN, family, mode and declarant; a cancellation LRN, family and declarant.
    private async Task<bool> KeepsFieldsAsync(StoredDocument head, Declaration declaration, Store store, CancellationToken cancellationToken)
    {
        var versions = await reader.VersionsAsync(head.Reference, store.Connection, store.Transaction, cancellationToken);
        if (versions.Select(v => v.Document).OfType<Canonical.Declaration>().LastOrDefault() is not { } current)
        {
            return false;
        }

        var family = GetsStoreFacts.Family(declaration.FormCode);
        var same = declaration.Lrn == current.Lrn && family == GetsStoreFacts.Family(current.Form) &&
            declaration.Declarant.BrNumber == current.Declarant.BrNumber;
        if (declaration.Function == DeclarationFunction.Cancellation)
        {
            return same;
        }

        var currentMode = current.Trip?.Conveyance.Mode is { } mode ? mode.Code().ToString() : null;
        return same && declaration.ModeCode == currentMode;
    }

    private static bool SameMessage(LrnOwner a, LrnOwner b) =>
        a.ClientKey == b.ClientKey && a.InterchangeRef == b.InterchangeRef && a.MessageRef == b.MessageRef;

    /// <summary>The caller's write transaction.</summary>
    private readonly record struct Store(DbConnection Connection, DbTransaction Transaction);

    private static MessageOutcome Rejected(AnswerSubject subject, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        new(CusresAnswers.Rejection(EdifactInterface.Gets, subject, receivedAt, errors));
}
