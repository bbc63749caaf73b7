using Strangler.Contracts.Checking;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Envelope;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact;

/// <summary>
/// Checks an EDIFACT request body without stored state: the envelope, then the four phases per
/// message (store rules excluded), dispatched by the UNB recipient (<c>HKGETS</c> → CUSDEC,
/// <c>HKEMAN</c> → CUSCAR). Used by <c>strangler message check</c> and tests. Never throws on input.
/// </summary>
public static class EdifactCheck
{
    public const string Syntax = "EDIFACT";

    public static MessageCheck Check(ReadOnlyMemory<byte> body, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interchange = EdifactReader.Read(body.Span);
        var recipient = EnvelopeHeader.Read(interchange)?.RecipientId;

        // An unknown recipient fails the envelope of either interface the same way (E001).
        var edifactInterface = EdifactInterfaces.TryParsePartyId(recipient, out var known) ? known : EdifactInterface.Gets;
        var envelope = EnvelopeReader.Open(interchange, edifactInterface);
        var type = EdifactMessageTypes.For(edifactInterface);
        var summary = new List<string>();
        var header = envelope.Header;
        summary.Add($"interchange {header?.InterchangeRef ?? "?"} from {header?.SenderId ?? "?"} to {recipient ?? "?"}, " +
            $"{envelope.Messages.Count} message(s)");
        if (envelope.Rejection is { } rejection)
        {
            summary.Add($"envelope rejected: {rejection}");
            return new MessageCheck(Syntax, type?.Type ?? "?", summary, [rejection]);
        }

        if (type is null)
        {
            summary.Add($"no message type is registered for {edifactInterface.PartyId()}");
            return new MessageCheck(Syntax, "?", summary, []);
        }

        var errors = new List<ContractError>();
        foreach (var message in envelope.Messages)
        {
            var verdict = MessageChecker.Check(message, type, context);
            var outcome = verdict.Passed ? "passes the stateless checks" : "rejected " + string.Join(" ", verdict.Errors.Select(e => e.Code));
            summary.Add($"message {message.Reference} {type.Type}: {outcome}");
            if (verdict.Phase == 4 && type.Summary is { } lines)
            {
                summary.AddRange(lines(message, context).Select(l => "  " + l));
            }

            errors.AddRange(verdict.Errors.Select(e => e with { Where = message.Reference }));
        }

        return new MessageCheck(Syntax, type.Type, summary, errors);
    }
}
