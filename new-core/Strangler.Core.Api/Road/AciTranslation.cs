using System.Globalization;
using System.Text.RegularExpressions;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Collections;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Core.Api.Road;

/// <summary>
/// Judges a JSON ACI with the ROCARS codec's own reading and field rules: the request becomes an AciSubmission, is
/// written as ROCARS XML and decoded as POST /aci decodes it, so lengths, R010 window, R011, R012, R013 and roles are
/// exactly the contract's. What JSON cannot carry into the XML faithfully is checked first (R001, R013).
/// </summary>
internal static partial class AciTranslation
{
    private const string MessageId = "JSON-API";

    /// <summary>The decoded submission and its errors in the contract's order (R001 and R041 alone).</summary>
    public static (AciSubmission? Submission, IReadOnlyList<ContractError> Errors) Decode(
        AciRequest r, AciFunction function, string? ccrn, DateTimeOffset receivedAt, ClientAuthority client)
    {
        var errors = new List<ContractError>();
        var lodgement = Lodgement(r, errors);
        if (lodgement is null || errors.Any(e => e.Code == RocarsErrors.R001))
        {
            return (null, [RocarsErrors.Error(RocarsErrors.R001)]);
        }

        var xml = RocarsWriter.Write(new AciSubmission(MessageId, function, ccrn, null, lodgement));
        var decoded = RocarsRequests.DecodeAci(xml, RocarsEndpoint.Aci, new CheckContext(receivedAt, client, RuleProfile.NewCore));
        return (decoded.Document, RocarsErrors.Combine(decoded.Errors, errors));
    }

    private static Lodgement? Lodgement(AciRequest r, List<ContractError> errors)
    {
        if (r.Direction is not ("IMPORT" or "EXPORT") || r.ControlPoint is null || r.Shipper is null || r.Consignor is null ||
            r.Consignee is null || r.Packages is not { Count: { } count, Description: { } description } || r.Articles is not { Count: > 0 } articles || articles.Any(a => a is null) ||
            !TryCrossing(r.ExpectedCrossing, out var crossing))
        {
            errors.Add(RocarsErrors.Error(RocarsErrors.R001, "a mandatory field is missing or not of its type"));
            return null;
        }

        var direction = r.Direction == "EXPORT" ? CrossingDirection.Export : CrossingDirection.Import;
        if (count <= 0)
        {
            errors.Add(RocarsErrors.Error(RocarsErrors.R001, "packages.count"));
        }

        foreach (var a in articles)
        {
            if ((a.GrossWeightKg is { } w && (w <= 0 || decimal.Round(w, 3) != w)) || (a.ValueHkd is { } v && (v <= 0 || decimal.Round(v, 2) != v)))
            {
                errors.Add(RocarsErrors.Error(RocarsErrors.R013, "article figures"));
            }
        }

        return new Lodgement(
            direction, r.ControlPoint, crossing, Party(r.Shipper), Party(r.Consignor), Party(r.Consignee), new Packages(count, description),
            articles.Select(a => new Article(a.Description ?? "", a.HsCode, a.GrossWeightKg, a.ValueHkd)).ToEquatableList());
    }

    private static Party Party(AciParty p) => new(p.Name ?? "", p.Address ?? "");

    private static bool TryCrossing(string? text, out DateTimeOffset crossing)
    {
        crossing = default;
        return text is not null && WithOffset().IsMatch(text) &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out crossing);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();
}
