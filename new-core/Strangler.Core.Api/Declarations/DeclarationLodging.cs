using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Api.Access;
using Strangler.Core.Api.Reuse;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Store.Documents;
using Strangler.Edifact.Cusdec;
using Canonical = Strangler.Core.Model.Declarations.Declaration;
using Cusdec = Strangler.Edifact.Cusdec;

namespace Strangler.Core.Api.Declarations;

/// <summary>
/// Submits, amends and cancels declarations on the canonical store with the GETS rules and money of the codec, TDEC
/// numbers from the same sequence as the GETS endpoint, each version stored with source <see cref="SourceInterface.JsonApi"/>.
/// Callers hold the client key's lock (see <c>IdempotentWrites</c>), which makes the store rules' check-then-write atomic.
/// </summary>
internal sealed class DeclarationLodging(
    DocumentWriter writer, DocumentReader reader, CoreReferences numbers, LrnRegister lrns, DataReuse reuse, TimeProvider clock)
{
    public async Task<ApiAnswer> SubmitAsync(ClientAuthority client, DeclarationRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = HongKongTime.ReceivedAt(clock);
        var (declaration, errors, failure) = await CheckAsync(client, request, DeclarationFunction.Original, null, receivedAt, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (await lrns.IsUsedAsync(declaration!.Declarant.BrNumber, declaration.Lrn, cancellationToken))
        {
            errors.Add(GetsErrors.LrnUsed("lrn"));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Rejected(errors);
        }

        TransportModes.TryParseCode(declaration.ModeCode, out var mode);
        var tdecNumber = await numbers.NextTdecNumberAsync(mode, receivedAt, cancellationToken);
        return await SaveAsync(client, declaration, tdecNumber, 1, receivedAt, StatusCodes.Status201Created, cancellationToken);
    }

    public async Task<ApiAnswer> AmendAsync(ClientAuthority client, string tdecNumber, DeclarationRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = HongKongTime.ReceivedAt(clock);
        if (await CurrentAsync(client, tdecNumber, cancellationToken) is not { } stored)
        {
            return ApiProblems.NotFound("The declaration", GetsErrors.DeclarationUnknown("tdecNumber"));
        }

        var (declaration, errors, failure) = await CheckAsync(client, request, DeclarationFunction.Amendment, tdecNumber, receivedAt, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var current = (Canonical)stored.Content;
        if (!KeepsFields(current, declaration!) && !errors.Any(e => e.Code == "E010"))
        {
            errors.Add(GetsErrors.Disagreement("an amendment keeps the LRN, import/export family, mode and declarant"));
        }

        return errors.Count > 0
            ? ApiProblems.Rejected(errors)
            : await SaveAsync(client, declaration!, tdecNumber, stored.Head.CurrentVersion + 1, receivedAt, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<ApiAnswer> CancelAsync(ClientAuthority client, string tdecNumber, CancellationToken cancellationToken)
    {
        var receivedAt = HongKongTime.ReceivedAt(clock);
        if (await CurrentAsync(client, tdecNumber, cancellationToken) is not { } stored)
        {
            return ApiProblems.NotFound("The declaration", GetsErrors.DeclarationUnknown("tdecNumber"));
        }

        var cancellation = CusdecTranslation.Cancellation((Canonical)stored.Content, tdecNumber, receivedAt);
        return await SaveAsync(client, cancellation, tdecNumber, stored.Head.CurrentVersion + 1, receivedAt, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<ApiAnswer> GetAsync(ClientAuthority client, string tdecNumber, bool statusOnly, CancellationToken cancellationToken)
    {
        if (await StoredContent.ReadAsync<Canonical>(reader, tdecNumber, client, cancellationToken) is not { } stored)
        {
            return ApiProblems.NotFound("The declaration");
        }

        var answer = AnswerOf(stored);
        return statusOnly
            ? ApiAnswer.Json(StatusCodes.Status200OK, new DeclarationStatusAnswer(answer.TdecNumber, answer.Status, answer.Version, answer.ReceivedAt, answer.Money))
            : ApiAnswer.Json(StatusCodes.Status200OK, answer);
    }

    // E018: unknown, another key's, cancelled, or not a declaration.
    private async Task<StoredContent?> CurrentAsync(ClientAuthority client, string tdecNumber, CancellationToken cancellationToken) =>
        await StoredContent.ReadAsync<Canonical>(reader, tdecNumber, client, cancellationToken) is { } stored &&
        stored.Head.ClientKey == client.Key && !stored.IsCancelled
            ? stored
            : null;

    private async Task<(Cusdec.Declaration? Declaration, List<ContractError> Errors, ApiAnswer? Failure)> CheckAsync(
        ClientAuthority client, DeclarationRequest request, DeclarationFunction function, string? tdecNumber, DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        var references = new List<Cusdec.TransportDocument>();
        if (request.Reuse is { } named)
        {
            var trader = new TraderOnDocument(request.Form is not { Length: > 0 } form || form[0] != '2', request.Trader?.BrNumber, request.Trader?.Name);
            var (cargo, error) = await reuse.ResolveAsync(named, client, trader, cancellationToken);
            if (cargo is null)
            {
                return (null, [], ApiProblems.Rejected([error!]));
            }

            request = ReuseMerge.Apply(request, cargo);
            references.AddRange(cargo.References);
        }

        var (declaration, syntaxErrors) = CusdecTranslation.ToCusdec(request, function, tdecNumber, receivedAt, references);
        if (declaration is null)
        {
            return (null, [], ApiProblems.BadRequest("The declaration is incomplete or has values of the wrong format.", syntaxErrors));
        }

        var errors = CusdecRules.Check(declaration, new CheckContext(receivedAt, client, RuleProfile.NewCore)).ToList();
        return (declaration, errors, null);
    }

    private static bool KeepsFields(Canonical current, Cusdec.Declaration amendment) =>
        amendment.Lrn == current.Lrn &&
        GetsStoreFacts.Family(amendment.FormCode) == GetsStoreFacts.Family(current.Form) &&
        amendment.ModeCode == current.Trip?.Conveyance.Mode?.Code().ToString() &&
        amendment.Declarant.BrNumber == current.Declarant.BrNumber;

    private async Task<ApiAnswer> SaveAsync(
        ClientAuthority client, Cusdec.Declaration declaration, string tdecNumber, int number, DateTimeOffset receivedAt, int status,
        CancellationToken cancellationToken)
    {
        var version = new DocumentVersion
        {
            Number = number,
            Function = DeclarationMapper.FunctionOf(declaration),
            ReceivedAt = receivedAt,
            IssuedReference = tdecNumber,
            Source = SourceInterface.JsonApi,
            ClientKey = client.Key,
            Document = DeclarationMapper.Map(declaration, receivedAt),
        };
        if (await writer.SaveVersionAsync(version, cancellationToken) != SaveOutcome.Saved)
        {
            // Another process wrote this version between our check and write: answer as the store now stands.
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "The declaration changed meanwhile; read it and retry.", []);
        }

        var stored = await StoredContent.ReadAsync<Canonical>(reader, tdecNumber, client, cancellationToken)
            ?? throw new InvalidOperationException($"{tdecNumber} was saved but cannot be read.");
        return ApiAnswer.Json(status, AnswerOf(stored));
    }

    private static DeclarationAnswer AnswerOf(StoredContent stored)
    {
        var content = (Canonical)stored.Content;
        return new DeclarationAnswer(
            stored.Head.Reference, stored.IsCancelled ? "Cancelled" : "Accepted", stored.Current.Number, stored.Current.ReceivedAt,
            stored.Head.Source.ToString(), DeclarationMoney.Of(content), content);
    }
}
