using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Parties;
using Strangler.Core.Risk.Subjects;
using ModelDirection = Strangler.Core.Model.Transport.TradeDirection;

namespace Strangler.Core.Clearance.Tests;

/// <summary>Subjects built as the interface modules build them, through <see cref="RiskSubjects"/>.</summary>
internal static class Subjects
{
    public static string NewId() => Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static Party Trader(string name, string? address = null, string? br = null) =>
        new() { Name = name, Address = address, Country = "HK", BrNumber = br };

    public static RiskSubject Consignment(
        string reference, Party consignor, Party consignee, DateTimeOffset receivedAt, string hsCode = "610910", string description = "COTTON T-SHIRTS") =>
        RiskSubjects.Consignment(
            reference,
            new Consignment
            {
                Consignor = consignor,
                Consignee = consignee,
                PlaceOfLoading = "CNSHK",
                PlaceOfDischarge = "HKHKG",
                GoodsItems = EquatableList.Of(new GoodsItem { Sequence = 1, Description = description, HsCode = hsCode, OriginCountry = "CN" }),
            },
            TransportMode.Maritime,
            ModelDirection.Import,
            null,
            receivedAt);
}
