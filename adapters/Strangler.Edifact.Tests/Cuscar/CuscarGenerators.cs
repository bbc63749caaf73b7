using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Numbers;
using Strangler.Contracts.Text;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Tests.Cuscar;

/// <summary>Generators of valid CUSCAR manifests: every structural and stateless rule holds (no client key).</summary>
internal static class CuscarGenerators
{
    private const string TextCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz0123456789.,-()/+:'?&*";

    private static string N(long v) => v.ToString(CultureInfo.InvariantCulture);

    public static Gen<string> Text(int min, int max) =>
        from length in Gen.Choose(min, max)
        from chars in Gen.ArrayOf(Gen.Elements(TextCharacters.ToCharArray()), length)
        select new string(chars);

    private static Gen<string> Upper(int min, int max) =>
        from length in Gen.Choose(min, max)
        from chars in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), length)
        select new string(chars);

    private static Gen<string?> Optional(Gen<string> gen) =>
        Gen.OneOf(Gen.Constant<string?>(null), gen.Select(s => (string?)s));

    private static Gen<string> Locode(bool hongKong) =>
        from country in hongKong ? Gen.Constant("HK") : Gen.Elements("CN", "GB", "US", "SG", "JP")
        from place in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789".ToCharArray()), 3)
        select country + new string(place);

    private static Gen<string> Container =>
        from owner in Upper(3, 3)
        from category in Gen.Elements('U', 'J', 'Z')
        from serial in Gen.Choose(0, 999_999)
        let stem = $"{owner}{category}{serial:D6}"
        select stem + ContainerNumber.CheckDigit(stem);

    private static Gen<string> AirWaybill =>
        from prefix in Gen.Choose(0, 999)
        from stem in Gen.Choose(0, 9_999_999)
        select $"{prefix:D3}-{stem:D7}{AirWaybillNumber.CheckDigit(stem)}";

    /// <summary>Weights and volumes: 0.001 to 99999.999, written with 0–3 decimals, sometimes with leading zeros.</summary>
    private static Gen<(decimal Value, string Text)> Quantity =>
        from thousandths in Gen.Choose(1, 99_999_999)
        from zeros in Gen.Elements("", "", "0")
        let value = thousandths / 1000m
        select (value, zeros + value.ToString("0.###", CultureInfo.InvariantCulture));

    private static Gen<Party> Party =>
        from name in Text(1, 35)
        from street in Text(1, 35)
        from city in Text(1, 35)
        from post in Text(1, 9)
        from country in Upper(2, 2)
        select new Party(name, street, city, post, country);

    private sealed record ItemDraft(GoodsItem Item, decimal Packages, decimal Weight);

    private static Gen<ItemDraft> Item(int number, string mode, IReadOnlyList<string> containers) =>
        from packages in Gen.Choose(1, 500)
        from code in Gen.Elements("CT", "PK", "BX", "1A", "PL")
        from description in Text(1, 150).Where(d => !GoodsDescription.IsVague(d))
        from hs in Optional(Gen.Choose(0, 999_999).Select(h => h.ToString("D6", CultureInfo.InvariantCulture)))
        from weight in Quantity
        from volume in mode is "1" or "8" ? Quantity.Select(v => (string?)v.Text) : Optional(Quantity.Select(v => v.Text))
        from marks in Optional(Text(1, 35))
        from split in Gen.Choose(0, 2)
        from first in Gen.Choose(0, Math.Max(containers.Count - 1, 0))
        select new ItemDraft(new GoodsItem
        {
            ItemNumber = N(number),
            Packages = N(packages),
            PackageCode = code,
            Description = description,
            HsCode = hs,
            GrossWeight = weight.Text,
            GrossVolume = volume,
            Marks = marks,
            Placements = Placements(containers, packages, split, first),
        }, packages, weight.Value);

    // No SGP (break-bulk), all packages in one container, or split over two.
    private static EquatableList<ContainerPlacement> Placements(IReadOnlyList<string> containers, int packages, int split, int first)
    {
        if (containers.Count == 0 || split == 0)
        {
            return EquatableList<ContainerPlacement>.Empty;
        }

        if (split == 1 || packages == 1)
        {
            return EquatableList.Of(new ContainerPlacement(containers[first], N(packages)));
        }

        var second = containers[(first + 1) % containers.Count];
        return EquatableList.Of(new ContainerPlacement(containers[first], N(packages / 2)), new ContainerPlacement(second, N(packages - (packages / 2))));
    }

    private static Gen<(Consignment Consignment, decimal Packages, decimal Weight)> Consignment(
        int sequence, string mode, IReadOnlyList<string> containers) =>
        from document in mode == "4" ? AirWaybill : Text(1, 28).Select(t => t + "/" + N(sequence))
        from master in Gen.OneOf(
            Gen.Constant<MasterDocument?>(null),
            AirWaybill.Select(a => (MasterDocument?)new MasterDocument("MWB", a)),
            Text(1, 35).Select(t => (MasterDocument?)new MasterDocument("MB", t)))
        from consignor in Party
        from consignee in Party
        from transhipment in Gen.Elements(true, false)
        from licenceCount in Gen.Choose(0, 3)
        from licenceList in Gen.ArrayOf(Text(1, 20), licenceCount)
        from itemCount in Gen.Choose(1, 3)
        from items in Gen.CollectToArray(Enumerable.Range(1, itemCount).Select(i => Item(i, mode, containers)))
        select (new Consignment
        {
            Sequence = N(sequence),
            TransportDocumentNumber = document,
            MasterDocument = master,
            Consignor = consignor,
            Consignee = consignee,
            IsTranshipment = transhipment,
            Licences = licenceList.ToEquatableList(),
            GoodsItems = items.Select(i => i.Item).ToEquatableList(),
        }, items.Sum(i => i.Packages), items.Sum(i => i.Weight));

    /// <summary>A valid original, amendment or cancellation received at <paramref name="now"/>.</summary>
    public static Gen<CuscarManifest> Manifest(DateTimeOffset now) =>
        from function in Gen.Elements(ManifestFunction.Original, ManifestFunction.Original, ManifestFunction.Amendment, ManifestFunction.Cancellation)
        from mode in Gen.Elements("1", "2", "4", "8")
        from statement in Gen.Elements(StatementType.Statement1, StatementType.Statement2)
        from import in Gen.Elements(true, false)
        from foreign in Locode(hongKong: false)
        from local in Locode(hongKong: true)
        from eventMinutes in statement == StatementType.Statement2 ? Gen.Choose(-60 * 24 * 30, 0) : Gen.Choose(-60 * 24 * 30, 60 * 24 * 30)
        from carrier in Upper(2, 9)
        from header in Header(now, function, mode, statement, import, foreign, local, eventMinutes, carrier)
        from body in function == ManifestFunction.Cancellation ? Gen.Constant(header) : Body(header, mode)
        select body;

    private static Gen<CuscarManifest> Header(DateTimeOffset now, ManifestFunction function, string mode, StatementType statement,
        bool import, string foreign, string local, int eventMinutes, string carrier) =>
        from number in Text(1, 35)
        from voyage in Text(1, 17)
        from conveyanceId in Text(1, 17)
        from conveyanceName in Text(1, 35)
        from carrierName in Text(1, 35)
        from sequence in Gen.Choose(0, 9_999_999)
        select new CuscarManifest
        {
            DocumentNumber = number,
            Function = function,
            Statement = statement,
            DirectionCode = import ? "IM" : "EX",
            DocumentDateTime = CuscarExamples.At(now),
            EmanRef = function == ManifestFunction.Original
                ? null
                : EmanReference.Create((TransportMode)int.Parse(mode, CultureInfo.InvariantCulture), DateOnly.FromDateTime(now.DateTime), sequence),
            CarrierCode = carrier,
            CarrierName = carrierName,
            Conveyance = new Conveyance(voyage, mode, carrier, conveyanceId, conveyanceName),
            PlaceOfLoading = import ? foreign : local,
            PlaceOfDischarge = import ? local : foreign,
            EventQualifier = import ? "132" : "133",
            EventDateTime = CuscarExamples.At(now.AddMinutes(eventMinutes)),
        };

    private static Gen<CuscarManifest> Body(CuscarManifest header, string mode) =>
        from containerCount in mode == "4" ? Gen.Constant(0) : Gen.Choose(0, 3)
        from containers in Gen.ArrayOf(Container, containerCount).Where(c => c.Distinct().Count() == c.Length)
        from equipment in Gen.CollectToArray(containers.Select(c =>
            from size in Gen.Elements("45G1", "22G1", "L5R1")
            from full in Gen.Elements("5", "4")
            from sealCount in Gen.Choose(0, 3)
            from seals in Gen.ArrayOf(Text(1, 15), sealCount)
            select new Equipment(c, size, full, seals.ToEquatableList())))
        from count in Gen.Choose(1, 3)
        from consignments in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => Consignment(i, mode, containers)))
        select header with
        {
            Totals = new ManifestTotals(
                N((long)consignments.Sum(c => c.Packages)),
                ContractNumber.FormatWeight(consignments.Sum(c => c.Weight)),
                containers.Length == 0 ? null : N(containers.Length)),
            Equipment = equipment.ToEquatableList(),
            Consignments = consignments.Select(c => c.Consignment).ToEquatableList(),
        };

    /// <summary>An interchange of 1–3 valid manifests.</summary>
    public static Gen<CuscarInterchange> Interchange(DateTimeOffset now) =>
        from count in Gen.Choose(1, 3)
        from manifests in Gen.ArrayOf(Manifest(now), count)
        select new CuscarInterchange(
            new EnvelopeHeader("UNOC", "3", "CARRIER1", "HKEMAN", "ZZZ", now.ToString("yyMMdd", CultureInfo.InvariantCulture),
                now.ToString("HHmm", CultureInfo.InvariantCulture), "IC1"),
            manifests.Select((m, i) => new CuscarMessage("M" + N(i + 1), m)).ToEquatableList());
}
