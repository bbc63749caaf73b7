using Strangler.Core.Model.Consignments;

namespace Strangler.Core.Api.Reuse;

/// <summary>
/// The declaration's trader as a transport document would name it: the consignee of an import, the consignor of an
/// export. A document names the trader when that party carries the trader's BR number, or the trader's name compared
/// after trimming, collapsing runs of spaces and ignoring case.
/// </summary>
internal sealed record TraderOnDocument(bool IsImport, string? BrNumber, string? Name)
{
    public bool IsNamedOn(Consignment consignment)
    {
        var party = IsImport ? consignment.Consignee : consignment.Consignor;
        return party is not null &&
            ((BrNumber is not null && party.BrNumber == BrNumber) || (Normalise(Name) is { Length: > 0 } name && Normalise(party.Name) == name));
    }

    private static string? Normalise(string? name) =>
        name is null ? null : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
