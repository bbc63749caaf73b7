using Strangler.Facade.Routing;

namespace Strangler.Facade.Mirroring;

/// <summary>
/// Everything needed to send a request to the second system after the first answered, and to compare the answers.
/// Written whole into the outbox for writes (it holds the client key until delivered; see runbooks/facade.md).
/// </summary>
public sealed record MirrorRequest
{
    public long OutboxId { get; init; }

    public required ContractInterface Interface { get; init; }

    public required RequestKind Kind { get; init; }

    public required Side Primary { get; init; }

    public required Side Target { get; init; }

    public required string Method { get; init; }

    public required string PathAndQuery { get; init; }

    public string? ContentType { get; init; }

    public string? ContentEncoding { get; init; }

    public string? ApiKey { get; init; }

    public string? MessageIdHeader { get; init; }

    public required byte[] Body { get; init; }

    /// <summary>The received-at both systems were given, <c>yyyy-MM-ddTHH:mm:ss+08:00</c>.</summary>
    public required string ReceivedAt { get; init; }

    public string? Issued { get; init; }

    public string? AnswerRef { get; init; }

    public required int PrimaryStatus { get; init; }

    public required byte[] PrimaryBody { get; init; }

    public required double PrimaryMs { get; init; }

    public string? Unit { get; init; }

    public required string Stage { get; init; }

    public string? MessageType { get; init; }

    /// <summary>Mirrored requests with the same order key are delivered in the order the first system answered them.</summary>
    public required string OrderKey { get; init; }

    public required long CreatedAtMs { get; init; }

    /// <summary>
    /// For a read: the newest outbox row of its order key this process had written when the read was answered. The read
    /// is mirrored only once the rows up to it are delivered, so it never overtakes a write of its key that the first
    /// system answered before it (a bundle waiting in the outbox, then a clearance query about it).
    /// </summary>
    public long AfterOutboxId { get; init; }

    /// <summary>The comparison recorded at the first attempt, updated when a retried write is finally delivered.</summary>
    public long ComparisonId { get; init; }

    /// <summary>The outbox row was written leased to this process with no older row of its key pending: the first attempt needs no claim.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool FirstAttemptLeased { get; init; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; init; }
}
