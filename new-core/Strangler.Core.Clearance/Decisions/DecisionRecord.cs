using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Strangler.Contracts.Time;
using Strangler.Core.Risk;
using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Subjects;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Clearance.Decisions;

/// <summary>A decision as the store keeps it (core_clearance_decision), and back as a <see cref="RiskDecision"/> or admin view.</summary>
internal sealed record DecisionRecord(
    string SubjectKind, string Reference, string SubjectHash, int RuleSetVersion, string Channel, decimal Score, bool RandomlySelected,
    int RelationshipScore, string ReasonsJson, string LinksJson, DateTimeOffset AssessedAt)
{
    public const string SelectColumns =
        "SELECT id AS Id, subject_kind AS SubjectKind, reference AS Reference, subject_hash AS SubjectHash, rule_set_version AS RuleSetVersion, "
        + "channel AS Channel, score AS Score, randomly_selected AS RandomlySelected, relationship_score AS RelationshipScore, "
        + "reasons_json AS ReasonsJson, links_json AS LinksJson, assessed_at AS AssessedAt FROM core_clearance_decision";

    public const string Insert =
        "INSERT INTO core_clearance_decision (subject_kind, reference, subject_hash, rule_set_version, channel, score, randomly_selected, "
        + "relationship_score, reasons_json, links_json, assessed_at) VALUES (@SubjectKind, @Reference, @SubjectHash, @RuleSetVersion, "
        + "@Channel, @Score, @RandomlySelected, @RelationshipScore, @ReasonsJson, @LinksJson, @AssessedAt)";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static DecisionRecord From(RiskDecision d, string subjectHash, DateTimeOffset at) => new(
        d.SubjectKind.ToString(), d.Reference, subjectHash, d.RuleSetVersion, d.Channel.ToString(), d.Score, d.RandomlySelected,
        d.Relationships.Score, JsonSerializer.Serialize(d.Reasons, Json), JsonSerializer.Serialize(d.Relationships.Links, Json), at);

    /// <summary>Nothing changed: same subject content and the same decision (rule-set version, outcome, reasons).</summary>
    public bool SameAs(Row last) =>
        last.SubjectHash == SubjectHash && last.RuleSetVersion == RuleSetVersion && last.Channel == Channel && last.Score == Score
        && last.RandomlySelected == RandomlySelected && last.RelationshipScore == RelationshipScore
        && last.ReasonsJson == ReasonsJson && last.LinksJson == LinksJson;

    public object Parameters(CoreStoreProvider provider) => new
    {
        SubjectKind, Reference, SubjectHash, RuleSetVersion, Channel, Score, RandomlySelected, RelationshipScore, ReasonsJson, LinksJson,
        AssessedAt = StoredTime.Write(provider, AssessedAt),
    };

    /// <summary>A stored decision row (Dapper converts the providers' number and boolean types).</summary>
    internal sealed class Row
    {
        public long Id { get; set; }

        public string SubjectKind { get; set; } = "";

        public string Reference { get; set; } = "";

        public string SubjectHash { get; set; } = "";

        public int RuleSetVersion { get; set; }

        public string Channel { get; set; } = "";

        public decimal Score { get; set; }

        public bool RandomlySelected { get; set; }

        public int RelationshipScore { get; set; }

        public string ReasonsJson { get; set; } = "[]";

        public string LinksJson { get; set; } = "[]";

        public object AssessedAt { get; set; } = "";

        public RiskDecision ToDecision()
        {
            var links = JsonSerializer.Deserialize<List<RelationshipLink>>(LinksJson, Json) ?? [];
            return new RiskDecision(
                Enum.Parse<SubjectKind>(SubjectKind), Reference, RuleSetVersion, Enum.Parse<ClearanceChannel>(Channel), Score, RandomlySelected,
                new RelationshipScore(RelationshipScore, links), JsonSerializer.Deserialize<List<RiskReason>>(ReasonsJson, Json) ?? []);
        }

        public DecisionView ToView()
        {
            var d = ToDecision();
            return new DecisionView(
                Id, d.SubjectKind, d.Reference, d.RuleSetVersion, d.Channel, d.Score.ToString("G29", CultureInfo.InvariantCulture), d.RandomlySelected,
                d.Relationships.Score, d.Reasons, d.Relationships.Links, HongKongTime.ToHongKong(StoredTime.Read(AssessedAt)));
        }
    }
}

/// <summary>A stored decision as the admin API shows it; the score is text so no decimal is lost in JSON.</summary>
public sealed record DecisionView(
    long Id, SubjectKind SubjectKind, string Reference, int RuleSetVersion, ClearanceChannel Channel, string Score, bool RandomlySelected,
    int RelationshipScore, IReadOnlyList<RiskReason> Reasons, IReadOnlyList<RelationshipLink> Links, DateTimeOffset AssessedAt);
