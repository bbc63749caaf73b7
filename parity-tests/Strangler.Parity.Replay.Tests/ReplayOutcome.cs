using Strangler.Facade.Mirroring;
using Strangler.Parity.Classification;

namespace Strangler.Parity.Replay.Tests;

/// <summary>The classes a replay's comparisons fell into, and each mismatch described with its fields and both values.</summary>
public sealed class ReplayOutcome
{
    private readonly Dictionary<ParityClass, int> _classes = [];
    private readonly List<string> _mismatches = [];

    public IReadOnlyDictionary<ParityClass, int> Classes => _classes;

    public IReadOnlyList<string> Mismatches => _mismatches;

    public int Count(ParityClass parityClass) => _classes.GetValueOrDefault(parityClass);

    public int Total => _classes.Values.Sum();

    public void Add(ComparisonRecord record, ParityFinding finding)
    {
        _classes[finding.Class] = Count(finding.Class) + 1;
        if (finding.Class == ParityClass.Mismatch)
        {
            _mismatches.Add($"#{record.Id} {record.Method} {record.Path} {record.MessageType}: " + string.Join("; ",
                finding.Differences.Where(d => d.Class == ParityClass.Mismatch).Select(d => $"{d.Field} legacy={d.Primary} core={d.Secondary}")));
        }
    }

    public override string ToString() =>
        string.Join(", ", _classes.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}")) +
        (_mismatches.Count == 0 ? "" : Environment.NewLine + string.Join(Environment.NewLine, _mismatches));
}
