using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Contracts.References;

namespace Strangler.Facade.Routing.Edifact;

/// <summary>
/// Reads a GETS CUSDEC or EMAN CUSCAR request body for routing, scanning the bytes once without copying the body.
/// Never throws: a body without a readable UNA/UNB gives null.
/// </summary>
public static class EdifactRequestReader
{
    public static EdifactRequestFacts? Read(ReadOnlySpan<byte> body)
    {
        if (!EdifactScanner.TryCreate(body, out var scanner) || !scanner.TryNext(out var unb) || !unb.Is("UNB"u8))
        {
            return null;
        }

        var interchangeRef = unb.Text(5, 0);
        var senderId = unb.Text(2, 0);
        var messages = new List<EdifactMessageFacts>();
        MessageFactsBuilder? current = null;
        while (scanner.TryNext(out var segment))
        {
            if (segment.Is("UNH"u8))
            {
                Close(ref current, messages);
                var reference = segment.Text(1, 0);
                current = reference is null ? null : new MessageFactsBuilder(reference, segment.Text(2, 0));
            }
            else if (segment.Is("UNT"u8))
            {
                Close(ref current, messages);
            }
            else if (segment.Is("UNZ"u8))
            {
                break;
            }
            else
            {
                current?.Take(segment);
            }
        }

        // A message cut off before its UNT still counts: its ref is known, so it can be routed (or answered).
        Close(ref current, messages);
        return new EdifactRequestFacts(interchangeRef, senderId, new EquatableList<EdifactMessageFacts>(messages));
    }

    private static void Close(ref MessageFactsBuilder? current, List<EdifactMessageFacts> messages)
    {
        if (current is not null)
        {
            messages.Add(current.Build());
            current = null;
        }
    }

    private sealed class MessageFactsBuilder(string messageRef, string? messageType)
    {
        private bool bgmSeen;
        private bool tdtSeen;
        private bool abtSeen;
        private string? documentNumber;
        private string? functionCode;
        private TransportMode? mode;
        private ReferenceNumber? names;

        public void Take(EdifactSegment segment)
        {
            if (!bgmSeen && segment.Is("BGM"u8))
            {
                bgmSeen = true;
                documentNumber = segment.Text(2, 0);
                functionCode = segment.Text(3, 0);
            }
            else if (!tdtSeen && segment.Is("TDT"u8))
            {
                tdtSeen = true;
                mode = ModeOf(segment.Component(3, 0));
            }
            else if (!abtSeen && segment.Is("RFF"u8) && segment.Component(1, 0).SequenceEqual("ABT"u8))
            {
                abtSeen = true;
                names = FollowUpReference(segment.Text(1, 1));
            }
        }

        public EdifactMessageFacts Build() => new(messageRef, messageType, documentNumber, functionCode, mode, names);

        // The mode code is one character (1, 2, 3, 4, 8); anything else is no mode.
        private static TransportMode? ModeOf(ReadOnlySpan<byte> code) =>
            code.Length == 1 && TransportModes.TryParseCode([(char)code[0]], out var m) ? m : null;

        // Only a TDEC number or EMAN ref can be amended or cancelled through EDIFACT.
        private static ReferenceNumber? FollowUpReference(string? text) =>
            ReferenceNumber.TryParse(text, out var reference) &&
            reference!.Kind is ReferenceKind.TdecNumber or ReferenceKind.EmanRef
                ? reference
                : null;
    }
}
