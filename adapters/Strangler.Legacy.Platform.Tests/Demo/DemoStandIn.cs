using System.Reflection;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Time;
using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Platform.Tests.Demo;

/// <summary>
/// A tiny stand-in on the GETS paths proving the platform chain: POST stores the body under a legacy-block
/// reference (idempotent by body), GET reads it back, the feed lists query values.
/// </summary>
public sealed class DemoStandIn : IStandIn
{
    public string Name => "demo";

    public int DefaultPort => 5999;

    public string TablePrefix => "DMO_";

    public ContractInterface Interface => ContractInterface.Gets;

    public Assembly MigrationsAssembly => typeof(DemoStandIn).Assembly;

    public void ConfigureServices(WebApplicationBuilder builder) => builder.Services.AddSingleton<DemoProcessor>();

    public void MapEndpoints(WebApplication app)
    {
        app.MapPost("/gets/v1/messages", (ContractRequest request, DemoProcessor processor, CancellationToken cancellationToken) =>
            processor.SubmitAsync(request.Client.Key, request.Body, request.ReceivedAt, request.Facade, cancellationToken));
        app.MapGet("/gets/v1/declarations/{reference}", (string reference, ContractRequest request, DemoProcessor processor, CancellationToken cancellationToken) =>
            processor.GetAsync(request.Client.Key, reference, cancellationToken));
        app.MapGet("/gets/v1/acknowledgements", (ContractRequest request) =>
                ContractAnswer.Edifact(Encoding.UTF8.GetBytes($"after={request.Query["after"]};max={request.Query["max"]};at={request.ReceivedAt:O}")))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
    }
}

/// <summary>The demo's write path, callable without HTTP.</summary>
public sealed class DemoProcessor(LegacyDatabase database, LegacySequences sequences)
{
    public Task<ContractAnswer> SubmitAsync(string clientKey, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, FacadeContext? facade,
        CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var text = Encoding.UTF8.GetString(body.Span);
            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO DMO_REQUEST_LOG (CLIENT_KEY, IDENTITY_TEXT, RECEIVED_AT) VALUES (@clientKey, @text, @receivedAt) ON CONFLICT DO NOTHING",
                new { clientKey, text, receivedAt }, transaction, cancellationToken: cancellationToken));
            if (claimed == 0)
            {
                var recorded = await connection.QuerySingleAsync<string>(new CommandDefinition(
                    "SELECT ANSWER_TEXT FROM DMO_REQUEST_LOG WHERE CLIENT_KEY = @clientKey AND IDENTITY_TEXT = @text",
                    new { clientKey, text }, transaction, cancellationToken: cancellationToken));
                return ContractAnswer.Edifact(Encoding.UTF8.GetBytes(recorded));
            }

            var day = HongKongTime.Date(receivedAt);
            var reference = facade?.IssuedFor("1")
                ?? $"TD1{day:yyMMdd}{await sequences.NextLegacyAsync(connection, transaction, "TDEC-1", day, 7, cancellationToken):D7}";
            var id = await sequences.NextAsync(connection, transaction, "DOC_ID", cancellationToken: cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO DMO_DOCUMENTS (DOC_ID, DOC_REF, CLIENT_KEY, VERSION_NO, RECEIVED_AT, BODY_TEXT) VALUES (@id, @reference, @clientKey, 1, @receivedAt, @text)",
                new { id, reference, clientKey, receivedAt, text }, transaction, cancellationToken: cancellationToken));
            var answer = $"{reference};{receivedAt:yyyy-MM-dd'T'HH:mm:sszzz}";
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE DMO_REQUEST_LOG SET ANSWER_TEXT = @answer WHERE CLIENT_KEY = @clientKey AND IDENTITY_TEXT = @text",
                new { answer, clientKey, text }, transaction, cancellationToken: cancellationToken));
            return ContractAnswer.Edifact(Encoding.UTF8.GetBytes(answer));
        }, cancellationToken);

    public Task<ContractAnswer> GetAsync(string clientKey, string reference, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<(string Body, DateTimeOffset ReceivedAt)?>(new CommandDefinition(
                "SELECT BODY_TEXT, RECEIVED_AT FROM DMO_DOCUMENTS WHERE DOC_REF = @reference AND CLIENT_KEY = @clientKey",
                new { reference, clientKey }, cancellationToken: cancellationToken));
            return row is { } found
                ? ContractAnswer.Edifact(Encoding.UTF8.GetBytes($"{found.Body}@{found.ReceivedAt:yyyy-MM-dd'T'HH:mm:sszzz}"))
                : ContractAnswer.NotFound;
        }, cancellationToken);
}
