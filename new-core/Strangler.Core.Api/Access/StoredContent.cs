using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Documents;

namespace Strangler.Core.Api.Access;

/// <summary>
/// A stored document as the API reads it: its head, every version, and the content of the last version that carried
/// content (a cancellation may carry none, or only a header).
/// </summary>
internal sealed record StoredContent(StoredDocument Head, IReadOnlyList<DocumentVersion> Versions, CanonicalDocument Content)
{
    public DocumentVersion Current => Versions[^1];

    public bool IsCancelled => Head.Status == DocumentStatus.Cancelled;

    /// <summary>The document under <paramref name="reference"/> when it is a <typeparamref name="T"/> visible to the caller.</summary>
    public static Task<StoredContent?> ReadAsync<T>(
        DocumentReader reader, string reference, Strangler.Contracts.Clients.ClientAuthority client, CancellationToken cancellationToken)
        where T : CanonicalDocument =>
        ReadAsync<T>(reader, reference, (head, content) => Visibility.MaySee(client, head, content), cancellationToken);

    /// <summary>The document under <paramref name="reference"/> when it is a <typeparamref name="T"/> that <paramref name="allowed"/> admits.</summary>
    public static async Task<StoredContent?> ReadAsync<T>(
        DocumentReader reader, string reference, Func<StoredDocument, CanonicalDocument, bool> allowed, CancellationToken cancellationToken)
        where T : CanonicalDocument
    {
        var head = await reader.DocumentAsync(reference, cancellationToken);
        if (head is null || head.Kind != typeof(T).Name)
        {
            return null;
        }

        var versions = await reader.VersionsAsync(reference, cancellationToken);
        // For a declaration, the last original or amendment: a cancellation carries the header only.
        var content = versions.Where(v => v.Function != DocumentFunction.Cancellation).Select(v => v.Document).OfType<T>().LastOrDefault()
            ?? versions.Select(v => v.Document).OfType<T>().LastOrDefault();
        return content is null || !allowed(head, content) ? null : new StoredContent(head, versions, content);
    }
}
