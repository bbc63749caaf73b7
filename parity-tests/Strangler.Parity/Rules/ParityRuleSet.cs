using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Strangler.Facade.Routing;

namespace Strangler.Parity.Rules;

/// <summary>
/// The declared normalisation rules, in file order (the first matching rule wins). Loaded from JSON
/// and validated whole: a rule without why, approvedBy or a valid since date is refused, and so is an
/// unknown property (a misspelt condition must not silently widen a rule).
/// </summary>
public sealed class ParityRuleSet
{
    private const string ResourceName = "Strangler.Parity.Rules.rules.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    private static readonly Lazy<ParityRuleSet> DeclaredRules = new(LoadDeclared);

    private ParityRuleSet(IReadOnlyList<ParityRule> rules) => Rules = rules;

    /// <summary>The rules of the embedded, reviewed <c>rules.json</c>.</summary>
    public static ParityRuleSet Declared => DeclaredRules.Value;

    /// <summary>No rules: every difference is a mismatch.</summary>
    public static ParityRuleSet Empty { get; } = new([]);

    public IReadOnlyList<ParityRule> Rules { get; }

    /// <summary>Reads and validates a rules file; throws <see cref="ParityRulesException"/> listing every fault.</summary>
    public static ParityRuleSet Parse(string json)
    {
        RulesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RulesFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new ParityRulesException([$"not a rules file: {e.Message}"]);
        }

        if (file?.Rules is null)
        {
            throw new ParityRulesException(["not a rules file: the \"rules\" array is missing"]);
        }

        var faults = new List<string>();
        var rules = new List<ParityRule>(file.Rules.Count);
        for (var i = 0; i < file.Rules.Count; i++)
        {
            if (ToRule(file.Rules[i], $"rule {i + 1}", faults) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return faults.Count == 0 ? new ParityRuleSet(rules) : throw new ParityRulesException(faults);
    }

    private static ParityRule? ToRule(RuleEntry? entry, string where, List<string> faults)
    {
        if (entry is null)
        {
            faults.Add($"{where}: null");
            return null;
        }

        var before = faults.Count;
        var hasInterface = Enum.TryParse<ContractInterface>(entry.Interface, ignoreCase: true, out var contractInterface) &&
                           Enum.IsDefined(contractInterface) && !int.TryParse(entry.Interface, out _);
        Require(hasInterface, where, "interface must be gets, eman, rocars or accs", faults);
        Require(!string.IsNullOrWhiteSpace(entry.MessageType), where, "messageType is required (\"*\" for any)", faults);
        Require(!string.IsNullOrWhiteSpace(entry.Field), where, "field is required", faults);
        var treatment = entry.Treatment switch
        {
            "ignore" => RuleTreatment.Ignore,
            "intended" => RuleTreatment.Intended,
            "risk-outcome" => RuleTreatment.RiskOutcome,
            _ => (RuleTreatment?)null,
        };
        Require(treatment is not null, where, "treatment must be ignore, intended or risk-outcome", faults);
        Require(!string.IsNullOrWhiteSpace(entry.Why), where, "why is required", faults);
        Require(!string.IsNullOrWhiteSpace(entry.ApprovedBy), where, "approvedBy is required", faults);
        var hasSince = DateOnly.TryParseExact(entry.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var since);
        Require(hasSince, where, "since must be a date yyyy-MM-dd", faults);
        Require(entry.RequestContains is null || entry.RequestContains.Length > 0, where, "requestContains must not be empty", faults);
        Require(entry.AnswerShows is null || entry.AnswerShows.Length > 0, where, "answerShows must not be empty", faults);
        Require(entry.AnswerContains is null || entry.AnswerContains.Length > 0, where, "answerContains must not be empty", faults);
        Require((entry.ElementSeparator is null) == (entry.OnlyElements is null), where, "elementSeparator and onlyElements go together", faults);
        Require(entry.ElementSeparator is null || entry.ElementSeparator.Length == 1, where, "elementSeparator must be one character", faults);
        Require(entry.OnlyElements is null || (entry.OnlyElements.Count > 0 && entry.OnlyElements.All(e => e >= 1)), where,
            "onlyElements must list element positions from 1", faults);

        return faults.Count > before
            ? null
            : new ParityRule(contractInterface, entry.MessageType!, entry.Field!, treatment!.Value, entry.Why!, entry.ApprovedBy!, since,
                entry.RequestContains, entry.AnswerShows, entry.AnswerContains, entry.ElementSeparator, entry.OnlyElements);
    }

    private static void Require(bool condition, string where, string fault, List<string> faults)
    {
        if (!condition)
        {
            faults.Add($"{where}: {fault}");
        }
    }

    private static ParityRuleSet LoadDeclared()
    {
        using var stream = typeof(ParityRuleSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record RulesFile(List<RuleEntry?>? Rules);

    private sealed record RuleEntry(
        string? Interface,
        string? MessageType,
        string? Field,
        string? Treatment,
        string? Why,
        string? ApprovedBy,
        string? Since,
        string? RequestContains,
        string? AnswerShows,
        string? AnswerContains,
        string? ElementSeparator,
        List<int>? OnlyElements);
}
