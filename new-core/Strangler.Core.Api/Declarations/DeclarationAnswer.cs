using Strangler.Core.Model.Declarations;

namespace Strangler.Core.Api.Declarations;

/// <summary>
/// A declaration as the API shows it: TDEC number, status (<c>Accepted</c> or <c>Cancelled</c>), version, the received-at
/// of the current version, where it was lodged, the money of the current accepted version, and its content.
/// </summary>
public sealed record DeclarationAnswer(
    string TdecNumber,
    string Status,
    int Version,
    DateTimeOffset ReceivedAt,
    string Source,
    DeclarationMoney Money,
    Declaration Declaration);

/// <summary>The money of a declaration in HKD: declaration charge, late lodgement penalty and clothing levy when they apply.</summary>
public sealed record DeclarationMoney(decimal Charge, decimal? Penalty, decimal? Levy)
{
    public static DeclarationMoney Of(Declaration declaration) => new(
        declaration.Charges.FirstOrDefault(c => c.Kind == ChargeKind.DeclarationCharge)?.AmountHkd ?? 0m,
        declaration.Charges.FirstOrDefault(c => c.Kind == ChargeKind.LatePenalty)?.AmountHkd,
        declaration.Charges.FirstOrDefault(c => c.Kind == ChargeKind.ClothingLevy)?.AmountHkd);
}

/// <summary>The status of a declaration only.</summary>
public sealed record DeclarationStatusAnswer(string TdecNumber, string Status, int Version, DateTimeOffset ReceivedAt, DeclarationMoney Money);
