using System.Reflection;
using System.Security.Cryptography;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;
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
    // The store keeps its JSON options internal. Calling its own writer (rather than a copy of its options) keeps the
    // JSON identical by construction; this becomes a direct call once the store lets this assembly see it.
    private static readonly Func<CanonicalDocument, string> WriteJson = typeof(DocumentWriter).Assembly
        .GetType("Strangler.Core.Store.Documents.DocumentJson", throwOnError: true)!
        .GetMethod("Write", BindingFlags.Public | BindingFlags.Static, [typeof(CanonicalDocument)])!
        .CreateDelegate<Func<CanonicalDocument, string>>();

    public static StagedVersion Of(DocumentVersion version, CoreStoreProvider provider)
    {
        ArgumentNullException.ThrowIfNull(version);
        var reference = version.IssuedReference;
        ArgumentException.ThrowIfNullOrWhiteSpace(reference, nameof(version));
        ArgumentOutOfRangeException.ThrowIfLessThan(version.Number, 1, nameof(version));
        ArgumentException.ThrowIfNullOrWhiteSpace(version.ClientKey, nameof(version));

        var canonical = CanonicalText.Of(version);
        var document = version.Document;
        return new StagedVersion(
            reference,
            version.Number,
            version.Function.ToString(),
            StoredTime.Write(provider, version.ReceivedAt),
            version.Source.ToString(),
            version.ClientKey,
            canonical,
            Convert.ToHexStringLower(SHA256.HashData(canonical)), // = CanonicalForm.Checksum(version), without rendering twice
            document is null ? null : WriteJson(document),
            document?.GetType().Name,
            document is null ? null : ModeOf(document)?.ToString(),
            (version.Function == DocumentFunction.Cancellation ? DocumentStatus.Cancelled : DocumentStatus.Active).ToString());
    }

    // As DocumentWriter.ModeOf (private there): the document row's mode.
    private static TransportMode? ModeOf(CanonicalDocument document) => document switch
    {
        Declaration d => d.Trip?.Conveyance.Mode,
        Manifest m => m.Trip.Conveyance.Mode,
        CargoReport r => r.Trip?.Conveyance.Mode ?? TransportMode.Air,
        RoadLodgement or Bundle => TransportMode.Road,
        AirWaybillStatus => TransportMode.Air,
        _ => null,
    };
}
