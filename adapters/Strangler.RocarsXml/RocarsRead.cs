using Strangler.Contracts.Checking;

namespace Strangler.RocarsXml;

/// <summary>
/// The outcome of reading one ROCARS document: the typed document (null after a layout failure), the
/// layout failure (R001 or R002, the first in document order), the value errors met while reading
/// (R013; the document then holds null for a failed weight or value) and the MessageId an answer
/// must carry.
/// </summary>
public sealed record RocarsRead<TDocument>(
    TDocument? Document,
    ContractError? LayoutError,
    IReadOnlyList<ContractError> ValueErrors,
    string AnswerMessageId)
    where TDocument : class;
