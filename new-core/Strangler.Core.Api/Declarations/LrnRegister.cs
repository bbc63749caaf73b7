using System.Text.Json;
using Dapper;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Api.Declarations;

/// <summary>
/// E019 over the whole store, whatever interface lodged the original: an LRN is used by a declarant when an original
/// declaration with that LRN and declarant BR is stored (a cancelled one included). Candidates are found in the stored
/// JSON, then compared exactly.
/// </summary>
internal sealed class LrnRegister(CoreDatabase database, DocumentReader reader)
{
    private const string Candidates = """
        SELECT d.reference FROM core_document d
        JOIN core_document_version v ON v.document_id = d.id AND v.version_no = 1
        WHERE d.kind = 'Declaration' AND v.document_json LIKE @Pattern
        """;

    public async Task<bool> IsUsedAsync(string declarantBr, string lrn, CancellationToken cancellationToken)
    {
        var pattern = "%\"lrn\":" + JsonSerializer.Serialize(lrn).Replace("%", "_", StringComparison.Ordinal) + "%";
        List<string> references;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            references = [.. await connection.QueryAsync<string>(new CommandDefinition(Candidates, new { Pattern = pattern }, cancellationToken: cancellationToken))];
        }

        foreach (var reference in references)
        {
            var versions = await reader.VersionsAsync(reference, cancellationToken);
            if (versions.FirstOrDefault() is { Function: DocumentFunction.Original, Document: Declaration original } &&
                original.Lrn == lrn && original.Declarant.BrNumber == declarantBr)
            {
                return true;
            }
        }

        return false;
    }
}
