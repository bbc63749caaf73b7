using System.Collections.Frozen;
using System.Text.Json;
using Strangler.Contracts.CodeLists;

namespace Strangler.Facade.ControlPlane;

/// <summary>
/// Every cut-over unit's stage at one revision of the control plane. Immutable: a change makes a new snapshot with
/// the next revision, and a facade swaps to it in one reference assignment.
/// </summary>
public sealed class RoutingSnapshot
{
    private readonly FrozenDictionary<CutoverUnit, StageSetting> _stages;

    public RoutingSnapshot(long revision, DateTimeOffset takenAt, IReadOnlyDictionary<CutoverUnit, StageSetting> stages)
    {
        Revision = revision;
        TakenAt = takenAt;
        _stages = Enum.GetValues<CutoverUnit>().ToFrozenDictionary(u => u, u => stages.GetValueOrDefault(u) ?? StageSetting.Legacy);
    }

    public static RoutingSnapshot Initial(DateTimeOffset at) => new(1, at, new Dictionary<CutoverUnit, StageSetting>());

    public long Revision { get; }

    public DateTimeOffset TakenAt { get; }

    public StageSetting this[CutoverUnit unit] => _stages[unit];

    public IEnumerable<(CutoverUnit Unit, StageSetting Setting)> All => _stages.OrderBy(p => p.Key).Select(p => (p.Key, p.Value));

    public RoutingSnapshot With(long revision, DateTimeOffset at, CutoverUnit unit, StageSetting setting)
    {
        var stages = _stages.ToDictionary();
        stages[unit] = setting;
        return new RoutingSnapshot(revision, at, stages);
    }

    /// <summary>The stored form: <c>{"road":{"stage":"shadow","canaryPercent":0},…}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        _stages.OrderBy(p => p.Key).ToDictionary(p => p.Key.Name(), p => new StoredSetting(p.Value.Stage.Name(), p.Value.CanaryPercent)));

    public static RoutingSnapshot FromJson(long revision, DateTimeOffset takenAt, string json)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, StoredSetting>>(json) ?? [];
        var stages = new Dictionary<CutoverUnit, StageSetting>();
        foreach (var (name, setting) in stored)
        {
            if (TransportModes.TryParseUnit(name, out var unit) && Stages.TryParse(setting.Stage, out var stage))
            {
                stages[unit] = new StageSetting(stage, setting.CanaryPercent);
            }
        }

        return new RoutingSnapshot(revision, takenAt, stages);
    }

    private sealed record StoredSetting(
        [property: System.Text.Json.Serialization.JsonPropertyName("stage")] string Stage,
        [property: System.Text.Json.Serialization.JsonPropertyName("canaryPercent")] int CanaryPercent);
}
