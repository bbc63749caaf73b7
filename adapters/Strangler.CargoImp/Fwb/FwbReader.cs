using Strangler.CargoImp.Lines;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Text;

namespace Strangler.CargoImp.Fwb;

/// <summary>
/// Reads the lines of an <c>FWB/16</c> (line 1 already checked). Known lines are matched with a
/// cursor over the subset order: a line whose place is at or after the cursor is in place (skipped
/// mandatory lines are A011 at the end); one before it, or over its count, is A004.
/// </summary>
internal static class FwbReader
{
    private enum Kind { Waybill, Flight, Routing, Shipper, Consignee, Name, Address, Place, Country, Charges, NatureOfGoods, Hts }

    private readonly record struct Slot(Kind Kind, int Max, bool Mandatory, string Label);

    // The subset order, with the SHP and CNE blocks flattened; indexes 3–7 are the shipper, 8–12 the consignee.
    private static readonly Slot[] Slots =
    [
        new(Kind.Waybill, 1, true, "air waybill line"),
        new(Kind.Flight, 1, true, "FLT"),
        new(Kind.Routing, 1, false, "RTG"),
        new(Kind.Shipper, 1, true, "SHP"),
        new(Kind.Name, 1, true, "SHP NAM"),
        new(Kind.Address, 1, true, "SHP ADR"),
        new(Kind.Place, 1, true, "SHP LOC"),
        new(Kind.Country, 1, true, "SHP country line"),
        new(Kind.Consignee, 1, true, "CNE"),
        new(Kind.Name, 1, true, "CNE NAM"),
        new(Kind.Address, 1, true, "CNE ADR"),
        new(Kind.Place, 1, true, "CNE LOC"),
        new(Kind.Country, 1, true, "CNE country line"),
        new(Kind.Charges, 1, false, "CVD"),
        new(Kind.NatureOfGoods, 1, true, "NG"),
        new(Kind.Hts, 9, false, "HTS"),
    ];

    private const int FirstConsigneeSlot = 8;

    public static ContractError? Read(List<string> lines, CheckContext context, out FwbMessage? message)
    {
        message = null;
        if (lines.Count < 2)
        {
            return AccsErrors.Create(AccsErrors.MandatoryMissing, "air waybill line missing");
        }

        var error = WaybillLineCheck.Check(lines[1], 2, context, inManifest: false, out var waybill);
        if (error is not null)
        {
            return error;
        }

        var draft = new Draft { Waybill = waybill };
        var counts = new int[Slots.Length];
        counts[0] = 1;
        var cursor = 0;
        var inUnknownLine = false;
        for (var i = 2; i < lines.Count; i++)
        {
            var text = lines[i];
            var lineNumber = i + 1;
            if (text.Length == 0)
            {
                return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, "empty line");
            }

            if (text[0] == '/' && inUnknownLine)
            {
                continue; // a continuation of an ignored line
            }

            if (Classify(text) is not { } kind)
            {
                inUnknownLine = true;
                continue;
            }

            inUnknownLine = false;
            var slot = Place(kind, cursor, counts);
            if (slot < 0)
            {
                return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, $"{text[..Math.Min(3, text.Length)]} out of place");
            }

            error = ReadLine(draft, Slots[slot], slot >= FirstConsigneeSlot ? 1 : 0, text, lineNumber);
            if (error is not null)
            {
                return error;
            }

            counts[slot]++;
            cursor = slot;
        }

        for (var s = 0; s < Slots.Length; s++)
        {
            if (Slots[s].Mandatory && counts[s] == 0)
            {
                return AccsErrors.Create(AccsErrors.MandatoryMissing, $"{Slots[s].Label} missing");
            }
        }

        message = draft.ToMessage();
        return null;
    }

    private static Kind? Classify(string text)
    {
        if (text[0] == '/')
        {
            return Kind.Country;
        }

        if (text.StartsWith("NG/", StringComparison.Ordinal))
        {
            return Kind.NatureOfGoods;
        }

        return text.Length < 3 ? null : text[..3] switch
        {
            "FLT" => Kind.Flight,
            "RTG" => Kind.Routing,
            "SHP" => Kind.Shipper,
            "CNE" => Kind.Consignee,
            "CVD" => Kind.Charges,
            "HTS" => Kind.Hts,
            "NAM" => Kind.Name,
            "ADR" => Kind.Address,
            "LOC" => Kind.Place,
            _ => null,
        };
    }

    // The first place of this kind at or after the cursor; the cursor's own place only while under its count.
    private static int Place(Kind kind, int cursor, int[] counts)
    {
        for (var s = cursor; s < Slots.Length; s++)
        {
            if (Slots[s].Kind == kind)
            {
                return s == cursor && counts[s] >= Slots[s].Max ? -1 : s;
            }
        }

        return -1;
    }

    private static ContractError? ReadLine(Draft d, Slot slot, int party, string text, int lineNumber)
    {
        var ok = slot.Kind switch
        {
            Kind.Flight => TryFlight(text, out d.Flight),
            Kind.Routing => TryRouting(text, out d.Routing),
            Kind.Shipper => text == "SHP",
            Kind.Consignee => text == "CNE",
            Kind.Name => TryText(text, "NAM/", 35, out d.Names[party]),
            Kind.Address => TryText(text, "ADR/", 35, out d.Addresses[party]),
            Kind.Place => TryText(text, "LOC/", 17, out d.Places[party]),
            Kind.Country => TryCountry(text, out d.Countries[party], out d.PostCodes[party]),
            Kind.Charges => TryCharges(text, out d.Charges),
            Kind.NatureOfGoods => TryText(text, "NG/", 60, out d.NatureOfGoods),
            Kind.Hts => TryHts(text, d.HtsCodes),
            _ => false,
        };
        if (!ok)
        {
            return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, $"malformed {slot.Label}");
        }

        if (slot.Kind == Kind.NatureOfGoods && GoodsDescription.IsVague(d.NatureOfGoods))
        {
            return AccsErrors.AtLine(AccsErrors.VagueDescription, lineNumber, d.NatureOfGoods!);
        }

        return null;
    }

    private static bool TryFlight(string text, out FwbFlight? flight)
    {
        flight = null;
        var parts = text.Split('/');
        if (parts.Length != 3 || parts[0] != "FLT" ||
            !CargoImpFlights.TrySplitDesignator(parts[1], out var carrier, out var number) ||
            !CargoImpDates.TryDay(parts[2], out var day))
        {
            return false;
        }

        flight = new FwbFlight(carrier, number, day);
        return true;
    }

    private static bool TryRouting(string text, out FwbRouting? routing)
    {
        routing = null;
        if (text.Length != 9 || !text.StartsWith("RTG/", StringComparison.Ordinal) ||
            !CodeFormat.IsAirport(text.AsSpan(4, 3)) || !CargoImpCharacters.IsUpperOrDigits(text.AsSpan(7, 2), 2))
        {
            return false;
        }

        routing = new FwbRouting(text.Substring(4, 3), text.Substring(7, 2));
        return true;
    }

    private static bool TryText(string text, string tag, int max, out string? value)
    {
        value = text.StartsWith(tag, StringComparison.Ordinal) && CargoImpCharacters.IsText(text.AsSpan(tag.Length), max)
            ? text[tag.Length..]
            : null;
        return value is not null;
    }

    private static bool TryCountry(string text, out string? country, out string? postCode)
    {
        var parts = text.Split('/');
        country = parts.Length is 2 or 3 && parts[0].Length == 0 && CodeFormat.IsCountry(parts[1]) ? parts[1] : null;
        postCode = parts.Length == 3 ? parts[2] : null;
        return country is not null && (postCode is null || CargoImpCharacters.IsText(postCode, 9));
    }

    private static bool TryCharges(string text, out ChargeDeclarations? charges)
    {
        charges = null;
        var p = text.Split('/');
        if (p.Length != 7 || p[0] != "CVD" || !IsCurrency(p[1]) || p[2].Length != 0 ||
            p[3] is not ("PP" or "CC") ||
            !IsValueOr(p[4], ChargeDeclarations.NoCarriageValue) ||
            !IsValueOr(p[5], ChargeDeclarations.NoCustomsValue) ||
            !IsValueOr(p[6], ChargeDeclarations.NoInsurance))
        {
            return false;
        }

        charges = new ChargeDeclarations(p[1], p[3], p[4], p[5], p[6]);
        return true;
    }

    // ISO 4217 shape: three letters (not checked against a list).
    private static bool IsCurrency(string s) => s.Length == 3 && s.All(c => c is >= 'A' and <= 'Z');

    // \d{1,12}(\.\d{1,2})? or the given "no value" code.
    private static bool IsValueOr(string field, string noValue)
    {
        if (field == noValue)
        {
            return true;
        }

        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? CargoImpCharacters.IsDigits(field, 1, 12)
            : CargoImpCharacters.IsDigits(field.AsSpan(0, dot), 1, 12) && CargoImpCharacters.IsDigits(field.AsSpan(dot + 1), 1, 2);
    }

    private static bool TryHts(string text, List<string> codes)
    {
        if (!text.StartsWith("HTS/", StringComparison.Ordinal) || !CargoImpCharacters.IsDigits(text.AsSpan(4), 6, 10))
        {
            return false;
        }

        codes.Add(text[4..]);
        return true;
    }

    // What has been read so far; complete once the A011 pass has found nothing missing.
    private sealed class Draft
    {
        public AirWaybillLine? Waybill;
        public FwbFlight? Flight;
        public FwbRouting? Routing;
        public readonly string?[] Names = new string?[2];
        public readonly string?[] Addresses = new string?[2];
        public readonly string?[] Places = new string?[2];
        public readonly string?[] Countries = new string?[2];
        public readonly string?[] PostCodes = new string?[2];
        public ChargeDeclarations? Charges;
        public string? NatureOfGoods;
        public readonly List<string> HtsCodes = [];

        public FwbMessage ToMessage() => new(
            Waybill!, Flight!, Routing, Party(0), Party(1), Charges, NatureOfGoods!, new EquatableList<string>(HtsCodes));

        private FwbParty Party(int i) => new(Names[i]!, Addresses[i]!, Places[i]!, Countries[i]!, PostCodes[i]);
    }
}
