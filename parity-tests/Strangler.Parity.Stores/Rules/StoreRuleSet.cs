using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Strangler.Core.Model.Documents;

namespace Strangler.Parity.Stores.Rules;

/// <summary>
/// The declared store rules, loaded from JSON and validated whole: every rule needs an interface, kind, path, why,
/// approvedBy and a valid since date; unknown properties are refused. <see cref="Project"/> removes the covered lines of
/// a canonical text; nothing else is ever left out.
/// </summary>
public sealed class StoreRuleSet
{
    private const string ResourceName = "Strangler.Parity.Stores.store-rules.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<StoreRuleSet> DeclaredRules = new(() =>
    {
        using var stream = typeof(StoreRuleSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    // Per kind, per function ("" = every version): one regex over the rules' paths.
    private readonly Dictionary<(string Kind, string Function), Regex> _rules;

    private StoreRuleSet(IReadOnlyList<StoreRule> rules)
    {
        Rules = rules;
        _rules = rules.GroupBy(r => (r.Kind, r.Function?.ToString() ?? "")).ToDictionary(
            g => g.Key,
            g => new Regex("^(?:" + string.Join("|", g.Select(r => PathPattern(r.Path))) + @")(?:$|[.\[])", RegexOptions.CultureInvariant));
    }

    /// <summary>The rules of the embedded, reviewed <c>store-rules.json</c>.</summary>
    public static StoreRuleSet Declared => DeclaredRules.Value;

    public static StoreRuleSet Empty { get; } = new([]);

    public IReadOnlyList<StoreRule> Rules { get; }

    /// <summary>True when a rule of <paramref name="kind"/> (for every version, or for <paramref name="function"/>) covers <paramref name="path"/>.</summary>
    public bool Covers(string kind, string path, DocumentFunction? function = null) =>
        (_rules.TryGetValue((kind, ""), out var all) && all.IsMatch(path)) ||
        (function is not null && _rules.TryGetValue((kind, function.ToString()!), out var only) && only.IsMatch(path));

    /// <summary>
    /// <paramref name="canonical"/> (a version's canonical form) without the lines the rules of <paramref name="kind"/>
    /// cover: the rules for every version, and those for the version's function (its <c>function=</c> line).
    /// </summary>
    public string Project(string kind, string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        _rules.TryGetValue((kind, ""), out var all);
        Regex? byFunction = null;
        if (FunctionOf(canonical) is { Length: > 0 } function)
        {
            _rules.TryGetValue((kind, function), out byFunction);
        }

        if (all is null && byFunction is null)
        {
            return canonical;
        }

        var kept = new System.Text.StringBuilder(canonical.Length);
        foreach (var line in canonical.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var equals = line.IndexOf('=');
            var path = equals < 0 ? line : line[..equals];
            if (!(all?.IsMatch(path) ?? false) && !(byFunction?.IsMatch(path) ?? false))
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString();
    }

    public static StoreRuleSet Parse(string json)
    {
        RulesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RulesFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new StoreRulesException([$"not a store rules file: {e.Message}"]);
        }

        if (file?.Rules is null)
        {
            throw new StoreRulesException(["not a store rules file: the \"rules\" array is missing"]);
        }

        var faults = new List<string>();
        var rules = new List<StoreRule>();
        for (var i = 0; i < file.Rules.Count; i++)
        {
            var e = file.Rules[i];
            var where = $"rule {i + 1}";
            var before = faults.Count;
            if (!Enum.TryParse<SourceInterface>(e.Interface, ignoreCase: true, out var source) || int.TryParse(e.Interface, out _) || !Enum.IsDefined(source) || source == SourceInterface.JsonApi)
            {
                faults.Add($"{where}: interface must name a legacy interface (gets, eman, rocars, accs)");
            }

            if (string.IsNullOrWhiteSpace(e.Kind))
            {
                faults.Add($"{where}: kind is required");
            }

            if (string.IsNullOrWhiteSpace(e.Path) || !e.Path.StartsWith("document.", StringComparison.Ordinal) || e.Path.Contains('='))
            {
                faults.Add($"{where}: path must be a canonical path under document.");
            }

            if (string.IsNullOrWhiteSpace(e.Why))
            {
                faults.Add($"{where}: why is required");
            }

            if (string.IsNullOrWhiteSpace(e.ApprovedBy))
            {
                faults.Add($"{where}: approvedBy is required");
            }

            if (!DateOnly.TryParseExact(e.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var since))
            {
                faults.Add($"{where}: since must be a date yyyy-MM-dd");
            }

            DocumentFunction? function = null;
            if (e.Function is not null)
            {
                if (Enum.TryParse<DocumentFunction>(e.Function, ignoreCase: false, out var f) && Enum.IsDefined(f) && !int.TryParse(e.Function, out _))
                {
                    function = f;
                }
                else
                {
                    faults.Add($"{where}: function must be one of {string.Join(", ", Enum.GetNames<DocumentFunction>())}");
                }
            }

            if (faults.Count == before)
            {
                rules.Add(new StoreRule(source, e.Kind!, e.Path!, e.Why!, e.ApprovedBy!, since, function));
            }
        }

        return faults.Count == 0 ? new StoreRuleSet(rules) : throw new StoreRulesException(faults);
    }

    private static string FunctionOf(string canonical)
    {
        foreach (var line in canonical.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("function="))
            {
                return line["function=".Length..].ToString();
            }
        }

        return "";
    }

    private static string PathPattern(string path) => Regex.Escape(path).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal);

    private sealed record RulesFile(List<RuleEntry>? Rules);

    private sealed record RuleEntry(string? Interface, string? Kind, string? Path, string? Why, string? ApprovedBy, string? Since, string? Function = null);
}
