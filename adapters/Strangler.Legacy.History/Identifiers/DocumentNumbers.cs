using System.Globalization;
using Strangler.Contracts.CheckDigits;
using Strangler.Legacy.History.Planning;

namespace Strangler.Legacy.History.Identifiers;

/// <summary>
/// Issues the numbers traders and carriers give their own documents, unique over a history and
/// different between seeds: air waybills and containers with valid check digits, bills of lading,
/// rail consignment notes, house waybills and LRNs. Drawn in planning order, so the same plan gives
/// the same numbers.
/// </summary>
public sealed class DocumentNumbers
{
    private readonly Dictionary<string, long> _next = new(StringComparer.Ordinal);
    private readonly int _start;

    public DocumentNumbers(int seed)
    {
        RunTag = RunTags.Of(seed);
        _start = Seeds.Of(seed, "numbers") % 400_000;
    }

    /// <summary>Four characters of A–Z 0–9 that set this run's references apart from another seed's.</summary>
    public string RunTag { get; }

    /// <summary><c>160-12345675</c>: the airline's prefix, a 7-digit serial and its mod-7 check digit.</summary>
    public string AirWaybill(string prefix)
    {
        var stem = (int)((_start * 20L + Next("awb-" + prefix)) % 10_000_000);
        return $"{prefix}-{stem:D7}{AirWaybillNumber.CheckDigit(stem)}";
    }

    /// <summary>An ISO 6346 container number of the owner (<c>MSCU</c>) with its check digit.</summary>
    public string Container(string owner)
    {
        var serial = (_start + Next("container-" + owner)) % 1_000_000;
        var ten = owner + serial.ToString("D6", CultureInfo.InvariantCulture);
        return ten + ContainerNumber.CheckDigit(ten);
    }

    /// <summary>A bill of lading: the carrier's document prefix and ten digits.</summary>
    public string BillOfLading(string documentPrefix) =>
        documentPrefix + (2_000_000_000L + (_start * 1000L) + Next("bl-" + documentPrefix)).ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>A rail consignment note: the operator's prefix and nine digits.</summary>
    public string ConsignmentNote(string operatorPrefix) =>
        operatorPrefix + "CN" + ((_start * 1000L) + Next("cn-" + operatorPrefix)).ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>A house waybill number (an..12): <c>HKG</c> and nine digits.</summary>
    public string HouseWaybill() => "HK" + ((_start * 1000L) + Next("house")).ToString("D10", CultureInfo.InvariantCulture)[^10..];

    /// <summary>The declarant's own reference: run tag, <c>I</c> or <c>E</c>, and a number.</summary>
    public string Lrn(bool import) =>
        RunTag + (import ? "I" : "E") + Next("lrn").ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>A consecutive number of any kind (trips, trucks, shipments).</summary>
    public long Next(string kind)
    {
        var value = _next.GetValueOrDefault(kind) + 1;
        _next[kind] = value;
        return value;
    }
}
