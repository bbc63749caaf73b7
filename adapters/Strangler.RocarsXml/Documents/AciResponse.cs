using Strangler.Contracts.Checking;

namespace Strangler.RocarsXml.Documents;

/// <summary>
/// The answer to an AciSubmission: ACCEPTED with the CCRN (new for ORIGINAL, the named one for AMEND
/// and CANCEL), or REJECTED with its errors. MessageId is empty when the request had none usable.
/// </summary>
public sealed record AciResponse(string MessageId, AciStatus Status, string? Ccrn, DateTimeOffset ReceivedAt, EquatableList<ContractError> Errors)
{
    public static AciResponse Accepted(string messageId, string ccrn, DateTimeOffset receivedAt) =>
        new(messageId, AciStatus.Accepted, ccrn, receivedAt, EquatableList<ContractError>.Empty);

    public static AciResponse Rejected(string messageId, DateTimeOffset receivedAt, IEnumerable<ContractError> errors) =>
        new(messageId, AciStatus.Rejected, null, receivedAt, AnswerErrors.Of(errors));
}
