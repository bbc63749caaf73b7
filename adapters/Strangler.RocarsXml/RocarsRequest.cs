using Strangler.Contracts.Checking;

namespace Strangler.RocarsXml;

/// <summary>
/// A request decoded and checked without stored state: the document (null after R001/R002), the
/// MessageId its answer carries, and the stateless errors in contract order: R001, R002, R040 or
/// R041 alone, otherwise the field codes once each, ascending.
/// </summary>
public sealed record RocarsRequest<TDocument>(TDocument? Document, string AnswerMessageId, IReadOnlyList<ContractError> Errors)
    where TDocument : class
{
    /// <summary>Answered with this error alone: the store must not check R003 or its rules.</summary>
    public bool IsRejectedAlone => Errors.Count > 0 && RocarsErrors.IsReportedAlone(Errors[0].Code);

    /// <summary>False for R001: such an answer is not recorded and the request may be resent (R003 is the store's).</summary>
    public bool IsRecorded => RocarsErrors.IsRecorded(Errors);

    /// <summary>The answer's errors once the store has run R003 (alone) and its rules (R020, R021, R031, R032, R034).</summary>
    public IReadOnlyList<ContractError> WithStoreErrors(IEnumerable<ContractError> storeErrors) =>
        IsRejectedAlone ? Errors : RocarsErrors.Combine(Errors, storeErrors);
}
