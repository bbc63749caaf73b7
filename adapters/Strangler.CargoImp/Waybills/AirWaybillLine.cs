using System.Globalization;
using System.Text.RegularExpressions;
using Strangler.Contracts.CheckDigits;

namespace Strangler.CargoImp.Waybills;

/// <summary>
/// The air waybill line of FWB, FHL (after <c>MBI/</c>) and FFM: number, origin and destination,
/// pieces, weight, optional volume, and (FFM) the part/split total and goods description. The line
/// is kept exactly as received (<c>K100</c> and <c>K100.0</c> stay as written).
/// </summary>
public sealed partial record AirWaybillLine
{
    private AirWaybillLine(Match m, string text)
    {
        Text = text;
        Prefix = m.Groups["prefix"].Value;
        Serial = m.Groups["serial"].Value;
        Origin = m.Groups["origin"].Value;
        Destination = m.Groups["destination"].Value;
        Kind = m.Groups["kind"].Value switch { "P" => ShipmentKind.Part, "S" => ShipmentKind.Split, _ => ShipmentKind.Total };
        Pieces = int.Parse(m.Groups["pieces"].ValueSpan, CultureInfo.InvariantCulture);
        WeightText = m.Groups["weight"].Value;
        Weight = decimal.Parse(WeightText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        VolumeText = m.Groups["volume"].Success ? m.Groups["volume"].Value : null;
        TotalPieces = m.Groups["total"].Success ? int.Parse(m.Groups["total"].ValueSpan, CultureInfo.InvariantCulture) : null;
        Goods = m.Groups["goods"].Success ? m.Groups["goods"].Value : null;
    }

    /// <summary>The line as received.</summary>
    public string Text { get; }

    public string Prefix { get; }

    public string Serial { get; }

    /// <summary>The air waybill number as <c>160-12345675</c>.</summary>
    public string Number => $"{Prefix}-{Serial}";

    public string Origin { get; }

    public string Destination { get; }

    public ShipmentKind Kind { get; }

    /// <summary>The pieces this line covers (for <c>P</c>/<c>S</c> the pieces of this part).</summary>
    public int Pieces { get; }

    /// <summary>The weight in kg as written after <c>K</c>.</summary>
    public string WeightText { get; }

    public decimal Weight { get; }

    /// <summary>The volume in m³ as written after <c>MC</c>, if any.</summary>
    public string? VolumeText { get; }

    /// <summary>The shipment's total pieces after <c>T</c> on a part or split line.</summary>
    public int? TotalPieces { get; }

    /// <summary>The manifest description of goods (FFM only).</summary>
    public string? Goods { get; }

    /// <summary>The line as received without its <c>/goods</c> field, as a CSN writes it.</summary>
    public string TextWithoutGoods => Goods is null ? Text : Text[..(Text.Length - Goods.Length - 1)];

    public bool HasValidCheckDigit => AirWaybillNumber.HasValidCheckDigit(Serial);

    /// <summary>
    /// Reads a line of the contract's grammar with positive pieces and weight. The check digit is
    /// not looked at (<see cref="HasValidCheckDigit"/>, <c>A010</c>).
    /// </summary>
    public static bool TryParse(string text, out AirWaybillLine? line)
    {
        line = null;
        if (text.Length > Lines.CargoImpCharacters.MaxLineLength)
        {
            return false;
        }

        var m = Grammar().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var parsed = new AirWaybillLine(m, text);
        if (parsed.Pieces == 0 || parsed.Weight == 0m || parsed.TotalPieces == 0)
        {
            return false;
        }

        line = parsed;
        return true;
    }

    /// <summary>Builds a line from its parts; parts outside the grammar are a programming error.</summary>
    public static AirWaybillLine Create(
        string number, string origin, string destination, ShipmentKind kind, int pieces, string weight,
        string? volume = null, int? totalPieces = null, string? goods = null)
    {
        var kindLetter = kind switch { ShipmentKind.Part => "P", ShipmentKind.Split => "S", _ => "T" };
        var text = $"{number}{origin}{destination}/{kindLetter}{pieces}K{weight}"
            + (volume is null ? "" : "MC" + volume)
            + (kind == ShipmentKind.Total ? "" : "T" + totalPieces?.ToString(CultureInfo.InvariantCulture))
            + (goods is null ? "" : "/" + goods);
        return TryParse(text, out var line) ? line! : throw new ArgumentException($"Not an air waybill line: {text}");
    }

    public override string ToString() => Text;

    [GeneratedRegex(
        @"^(?<prefix>[0-9]{3})-(?<serial>[0-9]{8})(?<origin>[A-Z]{3})(?<destination>[A-Z]{3})/" +
        @"(?:(?<kind>T)(?<pieces>[0-9]{1,4})K(?<weight>[0-9]{1,7}(?:\.[0-9])?)(?:MC(?<volume>[0-9]{1,5}(?:\.[0-9]{1,2})?))?" +
        @"|(?<kind>[PS])(?<pieces>[0-9]{1,4})K(?<weight>[0-9]{1,7}(?:\.[0-9])?)(?:MC(?<volume>[0-9]{1,5}(?:\.[0-9]{1,2})?))?T(?<total>[0-9]{1,4}))" +
        @"(?:/(?<goods>[A-Z0-9 .,-]{1,15}))?\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
