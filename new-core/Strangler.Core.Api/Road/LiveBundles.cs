using Dapper;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Api.Road;

/// <summary>
/// R021 from the canonical store: a CCRN is in a live bundle when an active (not unbundled) bundle names it and the
/// received-at is before its ExpectedArrival + 24 hours (rocars.md). Candidates are found in the stored JSON, then
/// checked exactly.
/// </summary>
internal sealed class LiveBundles(CoreDatabase database, DocumentReader reader)
{
    public static readonly TimeSpan Life = TimeSpan.FromHours(24);

    private const string Candidates = """
        SELECT d.reference FROM core_document d
        JOIN core_document_version v ON v.document_id = d.id AND v.version_no = 1
        WHERE d.kind = 'Bundle' AND d.status = 'Active' AND v.document_json LIKE @Pattern
        """;

    public async Task<bool> HoldsAsync(string ccrn, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        List<string> references;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            references = [.. await connection.QueryAsync<string>(new CommandDefinition(
                Candidates, new { Pattern = "%\"" + ccrn.Replace("%", "_", StringComparison.Ordinal) + "\"%" }, cancellationToken: cancellationToken))];
        }

        foreach (var reference in references)
        {
            if (await reader.CurrentAsync(reference, cancellationToken) is { Document: Bundle bundle } &&
                bundle.Ccrns.Contains(ccrn) && receivedAt < bundle.ExpectedArrival + Life)
            {
                return true;
            }
        }

        return false;
    }
}
