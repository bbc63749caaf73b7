using System.Globalization;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cusdec;
using Cusdec = Strangler.Edifact.Cusdec;

namespace Strangler.Core.Api.Declarations;

/// <summary>
/// Turns a JSON declaration into the codec's CUSDEC declaration, so that the GETS rules and money of the codec judge it
/// exactly as they judge an EDIFACT one. What EDIFACT would reject by syntax is reported here: a missing value
/// <c>E005</c>, a value too long or not in its code list <c>E006</c>.
/// </summary>
internal static class CusdecTranslation
{
    public const int MaxItems = 999;

    public static (Cusdec.Declaration? Declaration, IReadOnlyList<ContractError> Errors) ToCusdec(
        DeclarationRequest r, DeclarationFunction function, string? tdecNumber, DateTimeOffset receivedAt,
        IReadOnlyList<Cusdec.TransportDocument> transportDocuments)
    {
        var errors = new List<ContractError>();
        Require(r.Form, "form", errors);
        Require(r.Lrn, "lrn", errors, 35);
        Require(r.ImportExportDate, "importExportDate", errors);
        Require(r.ModeCode, "modeCode", errors);
        Require(r.ConveyanceId, "conveyanceId", errors, 17);
        Optional(r.ConveyanceName, "conveyanceName", errors, 35);
        Require(r.ConsignmentCountry, "consignmentCountry", errors);
        RequireParty(r.Declarant, "declarant", errors);
        RequireParty(r.Trader, "trader", errors);
        if (r.Items is not { Count: > 0 and <= MaxItems } items || items.Any(i => i is null))
        {
            errors.Add(EdifactErrors.Of("E005", $"items (1 to {MaxItems})"));
            return (null, errors);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var where = $"items[{i}].";
            Require(item.HkhsCode, where + "hkhsCode", errors);
            Require(item.Description, where + "description", errors, 350);
            Require(item.Quantity, where + "quantity", errors);
            Require(item.ValueHkd, where + "valueHkd", errors);
            Require(item.OriginCountry, where + "originCountry", errors);
            if (item.Unit is null)
            {
                errors.Add(EdifactErrors.Of("E005", where + "unit"));
            }
            else if (!QuantityUnit.IsAllowed(item.Unit))
            {
                errors.Add(EdifactErrors.Of("E006", where + "unit"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var import = GetsCodes.IsImportForm(r.Form!);
        var declaration = new Cusdec.Declaration
        {
            MessageRef = "1",
            Lrn = r.Lrn!,
            FunctionCode = function.Code(),
            FormCode = r.Form!,
            PreShipment = r.PreShipment,
            DocumentDate = Date(r.DocumentDate ?? Strangler.Contracts.Time.HongKongTime.Date(receivedAt)),
            DateQualifier = import ? GetsCodes.ImportDate : GetsCodes.ExportDate,
            ImportExportDate = Date(r.ImportExportDate!.Value),
            TdecNumber = tdecNumber,
            TransportDocuments = transportDocuments.ToEquatableList(),
            Declarant = Party(GetsCodes.Declarant, r.Declarant!),
            Trader = Party(import ? GetsCodes.Importer : GetsCodes.Exporter, r.Trader!),
            ModeCode = r.ModeCode,
            ConveyanceId = r.ConveyanceId,
            ConveyanceName = r.ConveyanceName,
            ConsignmentCountry = r.ConsignmentCountry,
            LoadingPlace = r.LoadingPlace,
            Items = items.Select((item, i) => new DeclarationItem(
                (i + 1).ToString(CultureInfo.InvariantCulture), item.HkhsCode!, item.Description!, Number(item.Quantity!.Value), item.Unit!,
                import ? GetsCodes.ImportValue : GetsCodes.ExportValue, Number(item.ValueHkd!.Value), item.OriginCountry!)).ToEquatableList(),
            ItemCount = items.Count.ToString(CultureInfo.InvariantCulture),
        };
        return (declaration, errors);
    }

    /// <summary>The cancellation GETS would carry for the current version: its LRN, form, declarant and the TDEC number.</summary>
    public static Cusdec.Declaration Cancellation(Model.Declarations.Declaration current, string tdecNumber, DateTimeOffset receivedAt) => new()
    {
        MessageRef = "1",
        Lrn = current.Lrn,
        FunctionCode = DeclarationFunction.Cancellation.Code(),
        FormCode = current.Form,
        DocumentDate = Date(Strangler.Contracts.Time.HongKongTime.Date(receivedAt)),
        TdecNumber = tdecNumber,
        Declarant = new Cusdec.DeclarationParty(
            GetsCodes.Declarant, current.Declarant.BrNumber ?? "", current.Declarant.Name, current.Declarant.Address,
            current.Declarant.City, current.Declarant.PostCode, current.Declarant.Country ?? ""),
        ItemCount = "0",
    };

    private static Cusdec.DeclarationParty Party(string qualifier, Declarations.DeclarationParty p) =>
        new(qualifier, p.BrNumber!, p.Name!, p.Street, p.City, p.PostCode, p.Country!);

    private static void RequireParty(Declarations.DeclarationParty? party, string where, List<ContractError> errors)
    {
        if (party is null)
        {
            errors.Add(EdifactErrors.Of("E005", where));
            return;
        }

        Require(party.BrNumber, where + ".brNumber", errors);
        Require(party.Name, where + ".name", errors, 70);
        Require(party.Country, where + ".country", errors);
        Optional(party.Street, where + ".street", errors, 70);
        Optional(party.City, where + ".city", errors, 35);
        Optional(party.PostCode, where + ".postCode", errors, 9);
    }

    private static void Require<T>(T? value, string where, List<ContractError> errors, int maxLength = int.MaxValue)
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            errors.Add(EdifactErrors.Of("E005", where));
            return;
        }

        Optional(value as string, where, errors, maxLength);
    }

    private static void Optional(string? value, string where, List<ContractError> errors, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            errors.Add(EdifactErrors.Of("E006", where));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // As given, scale kept: 1.2345 stays four decimals, so the codec's rule reports it (E016).
    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
