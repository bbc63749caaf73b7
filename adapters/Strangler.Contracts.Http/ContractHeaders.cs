namespace Strangler.Contracts.Http;

/// <summary>The request header names of the contracts (README.md, "HTTP" and "Headers that only the facade may send").</summary>
public static class ContractHeaders
{
    public const string ApiKey = "X-Api-Key";

    /// <summary>The facade's credential; only a caller presenting it may send the other X-Strangler-* headers.</summary>
    public const string Facade = "X-Strangler-Facade";

    public const string ReceivedAt = "X-Strangler-Received-At";
    public const string Issued = "X-Strangler-Issued";
    public const string AnswerRef = "X-Strangler-Answer-Ref";

    /// <summary>ROCARS DELETE carries its MessageId here.</summary>
    public const string MessageId = "X-Message-Id";
}
