namespace Strangler.Legacy.History.Traffic;

/// <summary>
/// A request planned for a moment of the history. Its body is built only when it is due (so it can
/// carry references the stand-ins issued to earlier requests), and its answer is read back into the
/// world (issued references remembered for the documents that follow).
/// </summary>
internal abstract class PlannedRequest(HistoryInterface @interface, string key, DateTimeOffset receivedAt)
{
    public HistoryInterface Interface { get; } = @interface;

    public string Key { get; } = key;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>Planning order: breaks ties between requests received in the same second.</summary>
    public long Order { get; set; }

    /// <summary>The documents as planned (for estimates before the run).</summary>
    public abstract IReadOnlyList<DocumentIntent> Intents { get; }

    /// <summary>The request and the documents it carries, or null when nothing is left to send (what it depends on was refused).</summary>
    public abstract PreparedRequest? Prepare(TrafficContext context);

    /// <summary>Reads the answer to the prepared request: one outcome per document, references remembered.</summary>
    public abstract IReadOnlyList<DocumentOutcome> Read(PreparedRequest prepared, byte[] answer);
}

/// <summary>A built request, the documents it carries in order, and what reading its answer needs.</summary>
internal sealed record PreparedRequest(HistoryRequest Request, IReadOnlyList<DocumentIntent> Documents, object? State = null);
