using Strangler.Contracts.CodeLists;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Tests;

internal static class TestData
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));

    public static IPartyRelationships NoHistory { get; } = new InMemoryPartyRelationships([]);

    public static SubjectParty Consignor { get; } = new(PartyRole.Consignor, "Shenzhen Good Trade Co", "1 Export Rd", "CN", null);

    public static SubjectParty Consignee { get; } = new(PartyRole.Consignee, "Kowloon Imports Ltd", "8 Nathan Road", "HK", "12345678");

    public static RiskSubject Subject(string reference = "MAWB-1", params GoodsLine[] goods) => new(
        SubjectKind.Consignment,
        reference,
        TransportMode.Air,
        TradeDirection.Import,
        new SubjectRoute("PVG", "PVG", "HKG", "HKG"),
        [Consignor, Consignee],
        goods.Length == 0 ? [new GoodsLine("LADIES COTTON DRESSES", "62044200", "CN", 10_000m, 100m)] : goods,
        DeclaredTotals.None,
        ReceivedAt);

    /// <summary>A valid rule set with one rule of each kind and no random selection.</summary>
    public const string RuleSetJson = """
        {
          "version": 1,
          "seed": "test-seed",
          "randomSelection": { "minimumRate": 0, "channel": "documentCheck" },
          "channelTargets": { "documentCheck": 0.05, "physicalExamination": 0.02 },
          "watchLists": [ { "name": "sanctioned", "entries": [ { "brNumber": "87654321" }, { "name": "bad  actor ltd", "country": "KP" } ] } ],
          "rules": [
            { "id": "P-ARMS", "description": "Arms from anywhere by air", "kind": "profile", "channel": "physicalExamination", "weight": 10,
              "profile": { "hsPrefixes": ["93"], "modes": ["air"] } },
            { "id": "P-ROUTE", "description": "Loaded at XYZ", "kind": "profile", "channel": "documentCheck", "weight": 2,
              "profile": { "loadingPlaces": ["XYZ"], "descriptionWords": ["ivory"] } },
            { "id": "W-SANCTIONED", "description": "Sanctioned parties", "kind": "watchList", "channel": "physicalExamination", "weight": 20,
              "watchList": "sanctioned" },
            { "id": "Q-HS", "description": "Missing HS code", "kind": "missingHsCode", "channel": "documentCheck", "weight": 1 },
            { "id": "Q-VALUE", "description": "Implausible value per kg", "kind": "valuePerKg", "channel": "documentCheck", "weight": 1,
              "band": { "minHkdPerKg": 1, "maxHkdPerKg": 50000 } },
            { "id": "Q-VAGUE", "description": "Vague description", "kind": "vagueDescription", "channel": "documentCheck", "weight": 1,
              "vagueWords": ["GOODS", "PARTS", "ITEMS"], "minDescriptionLength": 4 },
            { "id": "R-LINKS", "description": "Linked to examined parties", "kind": "relationshipScore", "channel": "physicalExamination", "weight": 5,
              "minScore": 10 }
          ]
        }
        """;

    public static RiskRuleSet RuleSet()
    {
        var result = RiskRuleSetJson.Load(RuleSetJson);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.RuleSet;
    }
}
