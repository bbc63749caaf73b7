using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Tests.Cusdec;

public sealed class CusdecPropertyTests
{
    private static readonly string[] SampleFiles =
    [
        "01-import-sea-accepted.edi", "02-export-air-late-penalty.edi", "03-vague-description-rejected.edi",
        "04-two-messages-one-bad-unt.edi", "05-pre-shipment-new-core.edi",
    ];

    private static readonly CheckContext Context = new(TestBodies.Noon, SampleClientKeys.Tradelink, RuleProfile.NewCore);

    [Property(MaxTest = 300)]
    public Property Random_bytes_never_make_the_public_api_throw() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements<byte>([.. "UNABHZT+:'?\r\n0123".Select(c => (byte)c), 0xC3, 0xFF, 0x00])).ToArbitrary(), Survives);

    [Property(MaxTest = 300)]
    public Property Mutated_samples_never_make_the_public_api_throw() =>
        Prop.ForAll(Mutations().ToArbitrary(), Survives);

    [Property(MaxTest = 200)]
    public Property A_generated_valid_declaration_encodes_checks_clean_and_decodes_equal() =>
        Prop.ForAll(Interchanges().ToArbitrary(), interchange =>
        {
            var bytes = CusdecCodec.Encode(interchange);
            var check = EdifactCheck.Check(bytes, Context);
            return check.IsValid && Equals(CusdecCodec.Decode(bytes), interchange) &&
                bytes.AsSpan().SequenceEqual(CusdecCodec.Encode(CusdecCodec.Decode(bytes)!));
        });

    private static bool Survives(byte[] body)
    {
        EdifactCheck.Check(body, Context);
        EdifactCheck.Check(body, new CheckContext(TestBodies.Noon));
        CusdecCodec.Decode(body);
        CusresReader.Read(body);
        var envelope = EnvelopeReader.Open(body, EdifactInterface.Gets);
        foreach (var message in envelope.Messages)
        {
            AnswerSubject.Of(envelope, message);
            message.ContentHash();
        }

        return true;
    }

    private static Gen<byte[]> Mutations() =>
        from file in Gen.Elements(SampleFiles)
        from n in Gen.Choose(1, 8)
        from edits in Gen.ArrayOf(Edit(), n)
        select ByteEdits.Apply(TestBodies.Gets(file), edits);

    private static Gen<(int Kind, int Position, byte Value)> Edit() =>
        from kind in Gen.Choose(0, 2)
        from position in Gen.Choose(0, 2000)
        from value in Gen.Elements<byte>([.. "+:'?\r\nAZ09 ".Select(c => (byte)c), 0xC3, 0xA9, 0xFF])
        select (kind, position, value);

    private static Gen<string> Text(int min, int max, string alphabet = "ABCXYZ019 +:'?-/.") =>
        from n in Gen.Choose(min, max)
        from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)
        select new string(chars);

    // Names never end in a space-free empty: at least one letter first.
    private static Gen<string> Name(int max) => from first in Gen.Elements('A', 'B', 'Q') from rest in Text(0, max - 1) select first + rest;

    private static Gen<string?> Optional(Gen<string> gen) => Gen.OneOf(Gen.Constant<string?>(null), gen.Select(s => (string?)s));

    private static Gen<string> Digits(int n) => Text(n, n, "0123456789");

    private static Gen<DeclarationParty> Party(string qualifier) =>
        from name in Name(35)
        from street in Optional(Name(35))
        from city in Optional(Name(35))
        from post in Optional(Name(9))
        from country in qualifier == "DT" ? Gen.Elements("HK", "CN", "GB") : Gen.Constant("HK")
        select new DeclarationParty(qualifier, "12345678", name, street, city, post, country);

    private static Gen<DeclarationItem> Item(int number, bool import) =>
        from hkhs in Digits(8)
        from description in Name(280)
        from quantity in Gen.Choose(1, 99999).Select(q => q.ToString(System.Globalization.CultureInfo.InvariantCulture))
        from unit in Gen.Elements("KGM", "PCE", "LTR", "MTR", "DZN", "PR")
        from cents in Gen.Choose(1, 99_999_999)
        from origin in Gen.Elements("CN", "JP", "US")
        select new DeclarationItem(number.ToString(System.Globalization.CultureInfo.InvariantCulture), hkhs, description, quantity, unit,
            import ? "38" : "39", (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), origin);

    private static Gen<Declaration> Declarations(string messageRef) =>
        from import in Gen.Elements(true, false)
        from form in import ? Gen.Elements("1", "1A", "1B") : Gen.Elements("2", "2A", "2B")
        from lrn in Name(35)
        from daysAgo in Gen.Choose(0, 200)
        from declarant in Party("DT")
        from trader in Party(import ? "IM" : "EX")
        from mode in Gen.Elements("1", "2", "3", "4", "8")
        from conveyance in Name(17)
        from conveyanceName in Optional(Name(35))
        from loading in Optional(Gen.Elements("CNSHA", "HKHKG", "JPTYO"))
        from documentCount in Gen.Choose(0, 9)
        from documents in Gen.ArrayOf(Document(), documentCount)
        from count in Gen.Choose(1, 4)
        from items in Gen.ArrayOf(Item(0, import), count)
        select new Declaration
        {
            MessageRef = messageRef,
            Lrn = lrn,
            FunctionCode = "9",
            FormCode = form,
            DocumentDate = "20260310",
            DateQualifier = import ? "132" : "133",
            ImportExportDate = TestBodies.Day.AddDays(-daysAgo).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            TransportDocuments = documents.ToEquatableList(),
            Declarant = declarant,
            Trader = trader,
            ModeCode = mode,
            ConveyanceId = conveyance,
            ConveyanceName = conveyanceName,
            ConsignmentCountry = "CN",
            LoadingPlace = loading,
            Items = items.Select((item, i) => item with { ItemNumber = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToEquatableList(),
            ItemCount = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    private static Gen<TransportDocument> Document() =>
        from qualifier in Gen.Elements("BM", "AWB", "CCN", "MRN")
        from reference in Name(35)
        select new TransportDocument(qualifier, reference);

    private static Gen<CusdecInterchange> Interchanges() =>
        from count in Gen.Choose(1, 3)
        from generated in Gen.ArrayOf(Declarations("M"), count)
        let declarations = generated.Select((d, i) => d with { MessageRef = "M" + (i + 1) })
        from icref in Text(1, 14, "ABC0123456789")
        select new CusdecInterchange(new RequestEnvelope("TRADELINK01", "260310", "1200", icref), declarations.ToEquatableList());
}
