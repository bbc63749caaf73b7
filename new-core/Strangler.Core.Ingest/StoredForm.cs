using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using CanonicalText = Strangler.Core.Model.Canonical.CanonicalForm;

namespace Strangler.Core.Ingest;

/// <summary>
/// Turns a <see cref="DocumentVersion"/> into the column values <see cref="DocumentWriter"/> stores, so both paths
/// store the same bytes.
/// </summary>
internal static class StoredForm
{
    public static StagedVersion Of(DocumentVersion version, CoreStoreProvider provider)
    {
        ArgumentNullException.ThrowIfNull(version);
        var reference = version.IssuedReference;
        ArgumentException.ThrowIfNullOrWhiteSpace(reference, nameof(version));
        ArgumentOutOfRangeException.ThrowIfLessThan(version.Number, 1, nameof(version));
        ArgumentException.ThrowIfNullOrWhiteSpace(version.ClientKey, nameof(version));

        var (canonical, checksum) = CanonicalText.Render(version); // rendered once, hashed over the same bytes
        var document = version.Document;
        return new StagedVersion(
            reference,
            version.Number,
            version.Function.ToString(),
            StoredTime.Write(provider, version.ReceivedAt),
            version.Source.ToString(),
            version.ClientKey,
            canonical,
            checksum,
            document is null ? null : DocumentJson.Write(document),
            document is null ? null : DocumentJson.KindOf(document),
            document is null ? null : DocumentWriter.ModeOf(document)?.ToString(),
            (version.Function == DocumentFunction.Cancellation ? DocumentStatus.Cancelled : DocumentStatus.Active).ToString());
    }
}
