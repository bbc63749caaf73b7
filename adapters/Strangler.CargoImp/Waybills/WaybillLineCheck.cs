using Strangler.Contracts.Checking;
using Strangler.Contracts.Text;

namespace Strangler.CargoImp.Waybills;

/// <summary>The per-line checks of an air waybill line in the contract's order: A004, A010, A016, A012.</summary>
internal static class WaybillLineCheck
{
    /// <param name="inManifest">FFM: part and split lines and a goods description are allowed.</param>
    public static ContractError? Check(
        string text, int lineNumber, CheckContext context, bool inManifest, out AirWaybillLine? line)
    {
        if (!AirWaybillLine.TryParse(text, out line) ||
            (!inManifest && (line!.Kind != ShipmentKind.Total || line.Goods is not null)))
        {
            line = null;
            return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, "malformed air waybill line");
        }

        if (!line!.HasValidCheckDigit)
        {
            return AccsErrors.AtLine(AccsErrors.CheckDigitWrong, lineNumber, line.Number);
        }

        if (context.Client is { } client && !client.MayActForPrefix(line.Prefix))
        {
            return AccsErrors.AtLine(AccsErrors.PrefixNotAllowed, lineNumber, $"prefix {line.Prefix}");
        }

        if (line.Goods is not null && GoodsDescription.IsVague(line.Goods))
        {
            return AccsErrors.AtLine(AccsErrors.VagueDescription, lineNumber, line.Goods);
        }

        return null;
    }
}
