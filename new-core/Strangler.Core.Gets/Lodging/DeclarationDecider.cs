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
/// current version, E018, E019), then the TDEC number, the canonical version and the acknowledgement.
/// </summary>
internal sealed class DeclarationDecider(DocumentWriter writer, DocumentReader reader, CoreReferences numbers, GetsTables tables)
{
    private static readonly EdifactMessageType Type = EdifactMessageTypes.For(EdifactInterface.Gets)
        ?? throw new InvalidOperationException("No CUSDEC message type is registered.");

    public async Task<MessageOutcome> DecideAsync(
        ContractRequest request, InterchangeEnvelope envelope, EdifactMessage message, CancellationToken cancellationToken)
    {
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
            lrnOwner = await tables.LrnOwnerAsync(declaration.Declarant.BrNumber, declaration.Lrn, cancellationToken);
            if (lrnOwner is not null && !SameMessage(lrnOwner, owner))
            {
                errors.Add(GetsErrors.LrnUsed());
            }
        }
        else
        {
            head = await UsableHeadAsync(declaration.TdecNumber, key, cancellationToken);
            if (head is null)
            {
                errors.Add(GetsErrors.DeclarationUnknown());
            }
            else if (!await KeepsFieldsAsync(head, declaration, cancellationToken))
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
            return await SaveLaterVersionAsync(request, declaration, head, subject, facts, cancellationToken);
        }

        return await SaveOriginalAsync(request, declaration, lrnOwner, owner, subject, facts, cancellationToken);
    }

    private async Task<MessageOutcome> SaveOriginalAsync(
        ContractRequest request, Declaration declaration, LrnOwner? resumed, LrnOwner owner, AnswerSubject subject, VersionFacts facts,
        CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var tdecNo = resumed?.TdecNo;
        if (tdecNo is null)
        {
            var issued = request.Facade?.IssuedFor(subject.MessageRef);
            if (issued is not null && (!TdecNumber.IsWellFormed(issued) || await reader.DocumentAsync(issued, cancellationToken) is not null))
            {
                return MessageOutcome.FacadeRefused;
            }

            // Phase 4 passed, so the mode is one of 1, 2, 3, 4, 8.
            _ = TransportModes.TryParseCode(declaration.ModeCode, out var mode);
            tdecNo = issued ?? await numbers.NextTdecNumberAsync(mode, receivedAt, cancellationToken);
            var holder = await tables.ReserveLrnAsync(declaration.Declarant.BrNumber, declaration.Lrn, owner with { TdecNo = tdecNo }, cancellationToken);
            if (!SameMessage(holder, owner))
            {
                // Another key's original took the LRN between check and reservation.
                return Rejected(subject, receivedAt, [GetsErrors.LrnUsed()]);
            }

            tdecNo = holder.TdecNo;
        }

        // A retry after a failure part-way finds its own reservation and perhaps its version already stored.
        if (await reader.DocumentAsync(tdecNo, cancellationToken) is null)
        {
            await SaveAsync(request, declaration with { TdecNumber = tdecNo }, tdecNo, 1, cancellationToken);
        }

        await tables.SaveFactsAsync(tdecNo, 1, request.Client.Key, facts, cancellationToken);
        var money = GetsCharges.For(declaration, HongKongTime.Date(receivedAt))!;
        return new(GetsAnswers.Accepted(subject, receivedAt, tdecNo, money));
    }

    private async Task<MessageOutcome> SaveLaterVersionAsync(
        ContractRequest request, Declaration declaration, StoredDocument head, AnswerSubject subject, VersionFacts facts,
        CancellationToken cancellationToken)
    {
        var receivedAt = request.ReceivedAt;
        var number = head.CurrentVersion + 1;
        await SaveAsync(request, declaration, head.Reference, number, cancellationToken);
        await tables.SaveFactsAsync(head.Reference, number, request.Client.Key, facts, cancellationToken);
        if (declaration.Function == DeclarationFunction.Cancellation)
        {
            return new(GetsAnswers.Cancelled(subject, receivedAt, head.Reference));
        }

        var money = GetsCharges.For(declaration, HongKongTime.Date(receivedAt))!;
        return new(GetsAnswers.Accepted(subject, receivedAt, head.Reference, money));
    }

    private async Task SaveAsync(ContractRequest request, Declaration declaration, string tdecNo, int number, CancellationToken cancellationToken)
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
        if (await writer.SaveVersionAsync(version, cancellationToken) == SaveOutcome.Conflict)
        {
            throw new InvalidOperationException($"Version {number} of {tdecNo} was stored by another writer at the same time.");
        }
    }

    // E018: the TDEC number exists, is a declaration lodged under this key (through any channel), and is not cancelled.
    private async Task<StoredDocument?> UsableHeadAsync(string? tdecNo, string key, CancellationToken cancellationToken)
    {
        if (!TdecNumber.IsWellFormed(tdecNo) || await reader.DocumentAsync(tdecNo!, cancellationToken) is not { } head)
        {
            return null;
        }

        return head.Kind == nameof(Canonical.Declaration) && head.ClientKey == key && head.Status != DocumentStatus.Cancelled ? head : null;
    }

    // E010 against the current version: an amendment keeps LRN, family, mode and declarant; a cancellation LRN, family and declarant.
    private async Task<bool> KeepsFieldsAsync(StoredDocument head, Declaration declaration, CancellationToken cancellationToken)
    {
        var versions = await reader.VersionsAsync(head.Reference, cancellationToken);
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

    private static MessageOutcome Rejected(AnswerSubject subject, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        new(CusresAnswers.Rejection(EdifactInterface.Gets, subject, receivedAt, errors));
}
