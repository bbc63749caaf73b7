using Strangler.Contracts.Checking;

namespace Strangler.RocarsXml.Documents;

/// <summary>
/// The answer to POST /bundles (BUNDLED or REJECTED) and DELETE /bundles/{ref} (UNBUNDLED or
/// REJECTED). BundleRef is set for BUNDLED and UNBUNDLED, Errors for REJECTED.
/// </summary>
public sealed record BundleResponse(string MessageId, BundleStatus Status, string? BundleRef, DateTimeOffset ReceivedAt, EquatableList<ContractError> Errors)
{
    public static BundleResponse Bundled(string messageId, string bundleRef, DateTimeOffset receivedAt) =>
        new(messageId, BundleStatus.Bundled, bundleRef, receivedAt, EquatableList<ContractError>.Empty);

    public static BundleResponse Unbundled(string messageId, string bundleRef, DateTimeOffset receivedAt) =>
        new(messageId, BundleStatus.Unbundled, bundleRef, receivedAt, EquatableList<ContractError>.Empty);

    public static BundleResponse Rejected(string messageId, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        new(messageId, BundleStatus.Rejected, null, receivedAt, AnswerErrors.Of(errors));
}
