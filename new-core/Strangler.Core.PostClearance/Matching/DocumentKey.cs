namespace Strangler.Core.PostClearance.Matching;

/// <summary>
/// The key a transport document number is matched by: upper case without spaces or hyphens, because declarants write
/// air waybills as <c>16012345675</c> or <c>160-12345675</c> and B/L numbers with or without separators.
/// </summary>
internal static class DocumentKey
{
    public static string Of(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return string.Concat(number.Where(c => c != ' ' && c != '-')).ToUpperInvariant();
    }
}
