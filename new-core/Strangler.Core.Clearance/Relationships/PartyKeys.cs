using System.Text;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Clearance.Relationships;

/// <summary>
/// The keys parties are stored and looked up by: exactly Strangler.Core.Risk's PartyIdentity (BR number when known, else
/// normalised name and country; normalised address and country). PartyIdentity is internal there; making it public
/// (requested) lets this file go.
/// </summary>
internal static class PartyKeys
{
    public static string Of(SubjectParty party) =>
        party.BrNumber is { Length: > 0 } br ? "BR:" + br : "N:" + Normalise(party.Name) + "|" + party.Country;

    public static string? AddressOf(SubjectParty party) =>
        party.Address is null ? null : Normalise(party.Address) is { Length: > 0 } a ? a + "|" + party.Country : null;

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToUpperInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return sb.ToString();
    }
}
