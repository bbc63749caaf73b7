using FsCheck;
using FsCheck.Fluent;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Text;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;

namespace Strangler.RocarsXml.Tests;

/// <summary>Generators of valid ROCARS documents (collapsed text, values within their rules and windows).</summary>
internal static class Generators
{
    // Characters that need escaping, non-ASCII and a supplementary character, but no whitespace.
    private static readonly string[] Characters =
        ["A", "B", "Z", "a", "0", "9", "-", "&", "<", ">", "\"", "'", ";", "é", "中", "\U00020000"];

    public static Gen<string> Text(int maxWords = 3) =>
        from words in ListOf(Word, 1, maxWords)
        select string.Join(' ', words);

    public static readonly Gen<string> MessageId =
        from chars in ListOf(Gen.Elements(Characters), 1, 35)
        select string.Concat(chars);

    public static readonly Gen<string> Ccrn = Gen.Choose(0, 99_999_999).Select(n => CcrnNumber.Create(Fixture.Date, n));

    public static readonly Gen<DateTimeOffset> InWindow =
        Gen.Choose(1800, 336 * 3600).Select(s => Fixture.Now.AddSeconds(s));

    public static readonly Gen<Article> Article =
        from description in Text().Where(d => !GoodsDescription.IsVague(d))
        from hsCode in Gen.Choose(0, 99_999_999).Select(n => n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).OrNull()
        from grams in Gen.Choose(1, int.MaxValue).Select(n => (decimal?)(n / 1000m)).Or(Gen.Constant<decimal?>(null))
        from cents in Gen.Choose(1, int.MaxValue).Select(n => (decimal?)(n / 100m)).Or(Gen.Constant<decimal?>(null))
        select new Article(description, hsCode, grams, cents);

    public static readonly Gen<Party> Party =
        from name in Text()
        from address in Text()
        select new Party(name, address);

    public static readonly Gen<Lodgement> Lodgement =
        from direction in Gen.Elements(CrossingDirection.Import, CrossingDirection.Export)
        from controlPoint in Gen.Elements(ControlPoint.All.Select(p => p.Code))
        from crossing in InWindow
        from parties in Party.Three()
        from count in Gen.Choose(1, int.MaxValue)
        from description in Text()
        from articles in ListOf(Article, 1, 5)
        select new Lodgement(direction, controlPoint, crossing, parties.Item1, parties.Item2, parties.Item3,
            new Packages(count, description), new EquatableList<Article>(articles));

    public static readonly Gen<(AciSubmission Submission, RocarsEndpoint Endpoint)> AciSubmission =
        from messageId in MessageId
        from function in Gen.Elements(AciFunction.Original, AciFunction.Amend, AciFunction.Cancel)
        from ccrn in Ccrn
        from ssdd in Gen.Elements(true, false)
        from lodgement in Lodgement
        select (new AciSubmission(messageId, function, function == AciFunction.Original ? null : ccrn, ssdd ? "CNSW" : null,
            function == AciFunction.Cancel ? null : lodgement), ssdd ? RocarsEndpoint.Ssdd : RocarsEndpoint.Aci);

    public static readonly Gen<BundleSubmission> BundleSubmission =
        from messageId in MessageId
        from letters in Gen.Elements("A", "HK", "ZZ", "BX")
        from number in Gen.Choose(1, 9999)
        from direction in Gen.Elements(CrossingDirection.Import, CrossingDirection.Export)
        from controlPoint in Gen.Elements(ControlPoint.All.Select(p => p.Code))
        from arrival in InWindow
        from ccrns in ListOf(Ccrn, 1, 50)
        select new BundleSubmission(messageId, letters + number, direction, controlPoint, arrival, new EquatableList<string>(ccrns.Distinct()));

    public static readonly Gen<EquatableList<ContractError>> Errors =
        ListOf(Gen.Elements(RocarsErrors.Codes.ToArray()), 1, 4)
            .Select(codes => new EquatableList<ContractError>(codes.Distinct().Select(c => new ContractError(c, RocarsErrors.Text(c)))));

    public static readonly Gen<AciResponse> AciResponse =
        from messageId in MessageId.Or(Gen.Constant(string.Empty))
        from ccrn in Ccrn
        from at in InWindow
        from errors in Errors
        from accepted in Gen.Elements(true, false)
        select accepted ? Documents.AciResponse.Accepted(messageId, ccrn, at) : Documents.AciResponse.Rejected(messageId, at, errors);

    public static readonly Gen<BundleResponse> BundleResponse =
        from messageId in MessageId
        from sequence in Gen.Choose(0, 99_999_999)
        from at in InWindow
        from errors in Errors
        from status in Gen.Elements(BundleStatus.Bundled, BundleStatus.Unbundled, BundleStatus.Rejected)
        select status switch
        {
            BundleStatus.Bundled => Documents.BundleResponse.Bundled(messageId, RocarsReferences.NewBundleRef(Fixture.Date, sequence), at),
            BundleStatus.Unbundled => Documents.BundleResponse.Unbundled(messageId, RocarsReferences.NewBundleRef(Fixture.Date, sequence), at),
            _ => Documents.BundleResponse.Rejected(messageId, at, errors),
        };

    public static readonly Gen<AciRecord> AciRecord =
        from ccrn in Ccrn
        from status in Gen.Elements(AciRecordStatus.Lodged, AciRecordStatus.Bundled, AciRecordStatus.Cancelled)
        from version in Gen.Choose(1, 1000)
        from at in InWindow
        from source in Gen.Elements<string?>("CNSW", null)
        from lodgement in Lodgement
        from sequence in Gen.Choose(0, 99_999_999)
        select new AciRecord(ccrn, status, version, at, source, lodgement,
            status == AciRecordStatus.Bundled ? RocarsReferences.NewBundleRef(Fixture.Date, sequence) : null);

    public static readonly Gen<ClearanceInstruction> ClearanceInstruction =
        from bundle in BundleSubmission
        from sequence in Gen.Choose(0, 99_999_999)
        from decision in Gen.Elements(ClearanceDecision.Go, ClearanceDecision.Stop)
        select new ClearanceInstruction(bundle.Vrn, RocarsReferences.NewBundleRef(Fixture.Date, sequence), bundle.ControlPoint, decision, bundle.ExpectedArrival);

    /// <summary>A list of <paramref name="min"/> to <paramref name="max"/> items (Gen.ListOf with a number fixes the length).</summary>
    public static Gen<List<T>> ListOf<T>(Gen<T> item, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ListOf(item, n)).Select(items => items.ToList());

    private static Gen<string> Word =>
        from chars in ListOf(Gen.Elements(Characters), 1, 10)
        select string.Concat(chars);
}
