using System.Globalization;
using System.Text;
using Strangler.Cli.Stages;
using Strangler.Contracts.CodeLists;
using Strangler.Facade.Routing;
using Strangler.Parity.Classification;
using Strangler.Parity.Reports;
using Strangler.Parity.Rules;
using ParityFinding = Strangler.Parity.Reports.ParityFinding;

namespace Strangler.Cli.Parity;

/// <summary>
/// Builds one unit's parity report for a period from the facade's admin API (read role is enough): every comparison
/// record classified with the declared rules, the gates of the unit's next stage, and the unit's change log.
/// </summary>
internal static class ParityReportBuilder
{
    private static readonly string[] StageOrder = ["legacy", "shadow", "canary", "live", "complete"];

    public static async Task<ParityReportInput> BuildAsync(
        AdminClient client, CutoverUnit unit, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, ParityRuleSet rules, CancellationToken cancellationToken)
    {
        var unitName = unit.Name();
        var findings = new List<ParityFinding>();
        for (long after = 0; ;)
        {
            var page = Required<List<ComparisonView>>(await client.GetAsync(
                string.Create(CultureInfo.InvariantCulture, $"admin/v1/comparisons?unit={unitName}&after={after}&max=1000"), cancellationToken));
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].Id;
            foreach (var record in page.Where(r => r.At >= from && r.At < to && r.SecondaryStatus is not null))
            {
                var bodies = Required<ComparisonBodies>(await client.GetAsync($"admin/v1/comparisons/{record.Id}", cancellationToken));
                findings.Add(Finding(record, bodies, rules));
            }
        }

        var stages = Required<StagesListView>(await client.GetAsync("admin/v1/stages", cancellationToken));
        var current = stages.Units.Single(u => u.Unit == unitName).Stage;
        var gates = new List<GateCheck>();
        var next = Array.IndexOf(StageOrder, current) + 1;
        if (next < StageOrder.Length)
        {
            var percent = StageOrder[next] == "canary" ? "&canaryPercent=1" : "";
            var report = Required<GateReportView>(await client.GetAsync($"admin/v1/gates/{unitName}?to={StageOrder[next]}{percent}", cancellationToken));
            gates.AddRange(report.Checks.Select(c => new GateCheck($"{c.Name} (to {StageOrder[next]})", c.Required,
                c.Evaluated ? c.Actual : "not evaluated: " + c.Actual, c.Passed)));
        }

        var log = await ChangeLogAsync(client, cancellationToken);
        var changes = log.Where(c => c.Unit == unitName)
            .Select(c => new Strangler.Parity.Reports.ChangeLogEntry(c.Seq, c.At, c.Actor, c.From, c.To, c.Reason, c.Hash))
            .ToList();

        // The head of the whole log links this report to the change log's own chain (verify checks it is still there).
        return new ParityReportInput(unit, from, to, now, findings, gates, changes)
        {
            ChangeLogHead = log.Count == 0 ? null : new ChangeLogHead(log[^1].Seq, log[^1].Hash),
        };
    }

    /// <summary>The whole cut-over change log, every unit, oldest first.</summary>
    public static async Task<List<ChangeView>> ChangeLogAsync(AdminClient client, CancellationToken cancellationToken)
    {
        var log = new List<ChangeView>();
        for (long after = 0; ;)
        {
            var page = Required<List<ChangeView>>(await client.GetAsync(
                string.Create(CultureInfo.InvariantCulture, $"admin/v1/changes?after={after}&max=1000"), cancellationToken));
            if (page.Count == 0)
            {
                return log;
            }

            log.AddRange(page);
            after = page[^1].Seq;
        }
    }

    private static ParityFinding Finding(ComparisonView record, ComparisonBodies bodies, ParityRuleSet rules)
    {
        var contractInterface = Enum.Parse<ContractInterface>(record.Interface, ignoreCase: true);
        var primary = new ParityAnswer(record.PrimaryStatus, Encoding.UTF8.GetBytes(bodies.Primary));
        var secondary = new ParityAnswer(record.SecondaryStatus!.Value, Encoding.UTF8.GetBytes(bodies.Secondary ?? ""));
        var finding = ParityClassifier.Classify(contractInterface, record.MessageType, Encoding.UTF8.GetBytes(bodies.Request), primary, secondary, rules);
        var legacyFirst = record.PrimarySide == "legacy";
        var fields = finding.Differences
            .Select(d => new FieldDifference(d.Field, legacyFirst ? d.Primary : d.Secondary, legacyFirst ? d.Secondary : d.Primary, d.Rule?.Why))
            .ToList();
        var (legacyMs, coreMs) = legacyFirst ? (record.PrimaryMs, record.SecondaryMs ?? 0) : (record.SecondaryMs ?? 0, record.PrimaryMs);
        return new ParityFinding(record.Id.ToString(CultureInfo.InvariantCulture), record.At, record.Interface,
            record.MessageType ?? finding.MessageType ?? "?", Class(finding.Class), fields, legacyMs, coreMs);
    }

    private static FindingClass Class(ParityClass parityClass) => parityClass switch
    {
        ParityClass.Match => FindingClass.Match,
        ParityClass.Intended => FindingClass.Intended,
        ParityClass.RiskOutcome => FindingClass.RiskOutcome,
        _ => FindingClass.Mismatch,
    };

    private static T Required<T>(AdminAnswer answer)
        where T : class =>
        answer.IsSuccess && answer.As<T>() is { } view
            ? view
            : throw new ParityReportException($"The facade answered {(int)answer.Status}: {answer.Body}");
}

internal sealed class ParityReportException(string message) : Exception(message);
