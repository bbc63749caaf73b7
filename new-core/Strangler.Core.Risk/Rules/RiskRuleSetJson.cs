using System.Text.Json;
using System.Text.Json.Serialization;

namespace Strangler.Core.Risk.Rules;

/// <summary>
/// Reads and writes rule sets as JSON (schema in the project's RULESET-SCHEMA.md). Reading never
/// throws on bad input: it returns every problem found, and no rule set.
/// </summary>
public static class RiskRuleSetJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static RuleSetLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        RiskRuleSet? set;
        try
        {
            set = JsonSerializer.Deserialize<RiskRuleSet>(json, Options);
        }
        catch (JsonException e)
        {
            // The serializer stops at the first structural problem; semantic problems are all listed below.
            return RuleSetLoadResult.Refused([new RuleSetProblem(e.Path ?? "$", FirstLine(e.Message))]);
        }

        if (set is null)
        {
            return RuleSetLoadResult.Refused([new RuleSetProblem("$", "the rule set must be a JSON object, not null")]);
        }

        var problems = RiskRuleSetValidator.Validate(set);
        return problems.Count == 0 ? RuleSetLoadResult.Valid(set) : RuleSetLoadResult.Refused(problems);
    }

    public static string Write(RiskRuleSet set) => JsonSerializer.Serialize(set, Options);

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd();
    }
}
