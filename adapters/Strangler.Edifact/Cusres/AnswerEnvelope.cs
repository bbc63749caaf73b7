using System.Text.RegularExpressions;
using Strangler.Contracts.Time;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Cusres;

/// <summary>
/// The UNB of an answer: syntax identifier and version (copied from the request when it named an
/// accepted one, else <c>UNOC:3</c>), sender <c>HKGETS</c>/<c>HKEMAN</c>, recipient (the request's
/// sender, else the key's party id), the received-at truncated to the minute, and the answer's
/// interchange ref <c>R</c> + 13 digits chosen by the caller.
/// </summary>
public sealed partial record AnswerEnvelope(
    string SyntaxIdentifier,
    string SyntaxVersion,
    string SenderId,
    string RecipientId,
    DateTimeOffset PreparedAt,
    string InterchangeRef)
{
    /// <summary>The answer to a request interchange (accepted or rejected).</summary>
    public static AnswerEnvelope For(InterchangeEnvelope request, string? keyPartyId, DateTimeOffset receivedAt, string answerRef)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Header;
        var copySyntax = header is { IsSyntaxAccepted: true };
        var recipient = header is { SenderId.Length: > 0 } ? header.SenderId : keyPartyId ?? string.Empty;
        return Create(
            copySyntax ? header!.SyntaxIdentifier : "UNOC",
            copySyntax ? header!.SyntaxVersion : "3",
            request.Interface,
            recipient,
            receivedAt,
            answerRef);
    }

    /// <summary>An answer with no request UNB (GET of a document, feeds): <c>UNOC:3</c>, recipient the key's party id.</summary>
    public static AnswerEnvelope ForKey(EdifactInterface edifactInterface, string? keyPartyId, DateTimeOffset at, string answerRef) =>
        Create("UNOC", "3", edifactInterface, keyPartyId ?? string.Empty, at, answerRef);

    private static AnswerEnvelope Create(
        string syntax, string version, EdifactInterface edifactInterface, string recipient, DateTimeOffset at, string answerRef)
    {
        if (!IsAnswerRef(answerRef))
        {
            throw new ArgumentException("An answer interchange ref is R followed by 13 digits.", nameof(answerRef));
        }

        return new(syntax, version, edifactInterface.PartyId(), recipient, CusresTime.ToMinute(at), answerRef);
    }

    public static bool IsAnswerRef(string? s) => s is not null && AnswerRefPattern().IsMatch(s);

    [GeneratedRegex("^R[0-9]{13}\\z")]
    private static partial Regex AnswerRefPattern();
}

/// <summary>How answers write time: Hong Kong time truncated to the minute.</summary>
public static class CusresTime
{
    public static DateTimeOffset ToMinute(DateTimeOffset at) => HongKongTime.TruncateToMinutes(HongKongTime.ToHongKong(at));
}
