using System.Text;
using Strangler.Edifact.Envelope;

namespace Strangler.Legacy.Gets.Queue;

/// <summary>
/// A message received outside service hours, kept until the queue is processed. Its text is a
/// one-message interchange (the request's UNA and UNB, the message as received, a UNZ), so it is
/// checked later exactly as it was sent, service characters included.
/// </summary>
internal sealed record QueuedMessage(
    long QueueId,
    string ClientKey,
    string InterchangeRef,
    string MessageRef,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    string? IssuedTdecNo,
    string MessageText)
{
    public static string Capture(InterchangeEnvelope envelope, EdifactMessage message)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(message);
        var interchange = envelope.Interchange;
        var text = new StringBuilder();
        if (interchange.HasUna)
        {
            text.Append(interchange.Text, 0, 9);
        }

        text.Append(interchange.Segments[0].RawText(interchange));
        foreach (var segment in message.Segments)
        {
            text.Append(segment.RawText(interchange));
        }

        var c = interchange.Characters;
        return text.Append("UNZ").Append(c.ElementSeparator).Append('1').Append(c.ElementSeparator)
            .Append(envelope.Header!.InterchangeRef).Append(c.SegmentTerminator).ToString();
    }

    /// <summary>The queued message read back (its envelope was accepted once, so it is again).</summary>
    public (InterchangeEnvelope Envelope, EdifactMessage Message) Open()
    {
        var envelope = EnvelopeReader.Open(Encoding.UTF8.GetBytes(MessageText), EdifactInterface.Gets);
        return envelope.IsAccepted && envelope.Messages.Count == 1
            ? (envelope, envelope.Messages[0])
            : throw new InvalidOperationException($"Queued message {QueueId} no longer reads as a one-message interchange.");
    }
}
