using Strangler.Edifact.Envelope;
using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Cusdec;

/// <summary>
/// Maps a CUSDEC message's segments to a <see cref="Declaration"/>. Meant for messages that passed
/// phase 3; on anything else it still returns a best-effort model and never throws.
/// </summary>
public static class CusdecMapper
{
    public static Declaration Map(EdifactMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string lrn = string.Empty, function = string.Empty, form = string.Empty, documentDate = string.Empty, count = string.Empty;
        string? dateQualifier = null, date = null, tdec = null, mode = null, conveyanceId = null, conveyanceName = null;
        string? consignmentCountry = null, loadingPlace = null;
        var preShipment = false;
        DeclarationParty? declarant = null, trader = null;
        var documents = new List<TransportDocument>();
        var items = new List<DeclarationItem>();
        ItemBuilder? item = null;

        foreach (var s in message.Body)
        {
            switch (s.Tag, s.Value(1))
            {
                case ("BGM", _):
                    lrn = s.Value(2);
                    function = s.Value(3);
                    break;
                case ("GIS", GetsCodes.PreShipment):
                    preShipment = true;
                    break;
                case ("GIS", _):
                    form = s.Value(1);
                    break;
                case ("DTM", GetsCodes.DocumentDate):
                    documentDate = s.Value(1, 2);
                    break;
                case ("DTM", _):
                    dateQualifier = s.Value(1);
                    date = s.Value(1, 2);
                    break;
                case ("RFF", "ABT"):
                    tdec = s.Value(1, 2);
                    break;
                case ("RFF", _):
                    documents.Add(new TransportDocument(s.Value(1), s.Value(1, 2)));
                    break;
                case ("NAD", GetsCodes.Declarant):
                    declarant = Party(s);
                    break;
                case ("NAD", _):
                    trader = Party(s);
                    break;
                case ("TDT", _):
                    mode = s.Value(3);
                    conveyanceId = s.Value(8);
                    conveyanceName = NullIfEmpty(s.Value(8, 4));
                    break;
                case ("LOC", "35"):
                    consignmentCountry = s.Value(2);
                    break;
                case ("LOC", "9"):
                    loadingPlace = s.Value(2);
                    break;
                case ("CST", _):
                    Flush(item, items);
                    item = new ItemBuilder { Number = s.Value(1), Hkhs = s.Value(2) };
                    break;
                case ("FTX", _) when item is not null:
                    item.Description = FreeText.Join(s);
                    break;
                case ("QTY", _) when item is not null:
                    item.Quantity = s.Value(1, 2);
                    item.Unit = s.Value(1, 3);
                    break;
                case ("MOA", _) when item is not null:
                    item.ValueQualifier = s.Value(1);
                    item.Value = s.Value(1, 2);
                    break;
                case ("LOC", "27") when item is not null:
                    item.Origin = s.Value(2);
                    break;
                case ("CNT", _):
                    count = s.Value(1, 2);
                    break;
            }
        }

        Flush(item, items);
        return new Declaration
        {
            MessageRef = message.Reference,
            Lrn = lrn,
            FunctionCode = function,
            FormCode = form,
            PreShipment = preShipment,
            DocumentDate = documentDate,
            DateQualifier = dateQualifier,
            ImportExportDate = date,
            TdecNumber = tdec,
            TransportDocuments = documents.ToEquatableList(),
            Declarant = declarant ?? new DeclarationParty(GetsCodes.Declarant, string.Empty, string.Empty, null, null, null, string.Empty),
            Trader = trader,
            ModeCode = mode,
            ConveyanceId = conveyanceId,
            ConveyanceName = conveyanceName,
            ConsignmentCountry = consignmentCountry,
            LoadingPlace = loadingPlace,
            Items = items.ToEquatableList(),
            ItemCount = count,
            DecimalMark = message.DecimalMark,
        };
    }

    private static DeclarationParty Party(Segment s) =>
        new(s.Value(1), s.Value(2), s.Value(4), NullIfEmpty(s.Value(5)), NullIfEmpty(s.Value(6)), NullIfEmpty(s.Value(8)), s.Value(9));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static void Flush(ItemBuilder? item, List<DeclarationItem> items)
    {
        if (item is not null)
        {
            items.Add(new DeclarationItem(item.Number, item.Hkhs, item.Description, item.Quantity, item.Unit, item.ValueQualifier, item.Value, item.Origin));
        }
    }

    private sealed class ItemBuilder
    {
        public string Number { get; init; } = string.Empty;
        public string Hkhs { get; init; } = string.Empty;
        public string Description { get; set; } = string.Empty;
        public string Quantity { get; set; } = string.Empty;
        public string Unit { get; set; } = string.Empty;
        public string ValueQualifier { get; set; } = string.Empty;
        public string Value { get; set; } = string.Empty;
        public string Origin { get; set; } = string.Empty;
    }
}
