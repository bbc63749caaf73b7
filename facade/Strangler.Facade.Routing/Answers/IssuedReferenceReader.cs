using System.Text;
using Strangler.Contracts.Collections;
using Strangler.Contracts.References;
using Strangler.Facade.Routing.Accs;
using Strangler.Facade.Routing.Edifact;
using Strangler.Facade.Routing.Rocars;

namespace Strangler.Facade.Routing.Answers;

/// <summary>
/// Reads from a first system's answer the references it issued, so that the mirrored request can tell the second
/// system to issue the same ones. Never throws; an unreadable answer or a rejection issues nothing.
/// </summary>
public static class IssuedReferenceReader
{
    private static readonly HashSet<string> RocarsWanted = ["Status", "Ccrn", "BundleRef"];

    public static IssuedReferences Read(ContractInterface contractInterface, ReadOnlySpan<byte> answer) => contractInterface switch
    {
        ContractInterface.Gets or ContractInterface.Eman => Cusres(answer),
        ContractInterface.Rocars => Rocars(answer),
        ContractInterface.Accs => Accs(answer),
        _ => IssuedReferences.None,
    };

    // One pair per CUSRES message carrying RFF+ABT (accepted messages only carry it), keyed by its UNH ref,
    // which is the ref of the message received.
    private static IssuedReferences Cusres(ReadOnlySpan<byte> answer)
    {
        if (!EdifactScanner.TryCreate(answer, out var scanner) || !scanner.TryNext(out var unb) || !unb.Is("UNB"u8))
        {
            return IssuedReferences.None;
        }

        var answerRef = unb.Text(5, 0);
        if (!ReferenceNumber.TryParse(answerRef, out var parsed) || parsed!.Kind != ReferenceKind.AnswerInterchangeRef)
        {
            answerRef = null;
        }

        var pairs = new List<(string Id, string Reference)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? messageRef = null;
        while (scanner.TryNext(out var segment))
        {
            if (segment.Is("UNH"u8))
            {
                messageRef = segment.Text(1, 0);
            }
            else if (segment.Is("UNT"u8) || segment.Is("UNZ"u8))
            {
                messageRef = null;
            }
            else if (messageRef is not null && segment.Is("RFF"u8) && segment.Component(1, 0).SequenceEqual("ABT"u8))
            {
                var reference = segment.Text(1, 1);
                if (IsHeaderToken(messageRef) && ReferenceNumber.TryParse(reference, out var issued) &&
                    issued!.Kind is ReferenceKind.TdecNumber or ReferenceKind.EmanRef && ids.Add(messageRef))
                {
                    pairs.Add((messageRef, reference!));
                }

                messageRef = null;
            }
        }

        return new IssuedReferences(new EquatableList<(string Id, string Reference)>(pairs), answerRef);
    }

    // AciResponse ACCEPTED with a Ccrn; BundleResponse BUNDLED with a BundleRef.
    private static IssuedReferences Rocars(ReadOnlySpan<byte> answer)
    {
        var document = RocarsXmlValues.Read(answer, RocarsWanted);
        if (document is not { RootInNamespace: true })
        {
            return IssuedReferences.None;
        }

        return document.Root switch
        {
            "AciResponse" when document["Status"] == "ACCEPTED" => One("aci", document["Ccrn"], ReferenceKind.Ccrn),
            "BundleResponse" when document["Status"] == "BUNDLED" => One("bundle", document["BundleRef"], ReferenceKind.BundleRef),
            _ => IssuedReferences.None,
        };
    }

    // FMA/1 then ACK/ACCEPTED/<receipt no>.
    private static IssuedReferences Accs(ReadOnlySpan<byte> answer)
    {
        var lines = new CargoImpLines(answer);
        if (!lines.TryNext(out var first) || !first.SequenceEqual("FMA/1"u8) || !lines.TryNext(out var ack) ||
            !ack.StartsWith("ACK/ACCEPTED/"u8))
        {
            return IssuedReferences.None;
        }

        var receipt = ack["ACK/ACCEPTED/"u8.Length..];
        return receipt.Length == 16 && System.Text.Unicode.Utf8.IsValid(receipt)
            ? One("receipt", Encoding.UTF8.GetString(receipt), ReferenceKind.AccsReceipt)
            : IssuedReferences.None;
    }

    private static IssuedReferences One(string id, string? reference, ReferenceKind kind) =>
        ReferenceNumber.TryParse(reference, out var parsed) && parsed!.Kind == kind
            ? new IssuedReferences(new EquatableList<(string Id, string Reference)>([(id, reference!)]), null)
            : IssuedReferences.None;

    // The systems refuse a malformed X-Strangler-Issued header (printable ASCII without '=' or ';', at most 70).
    private static bool IsHeaderToken(string value) =>
        value.Length <= 70 && value.All(c => c is > ' ' and < '\u007f' and not '=' and not ';');
}
