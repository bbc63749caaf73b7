using System.Diagnostics;
using System.Text;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Migration.Legacy;
using Strangler.Parity.Data;
using Strangler.Parity.Stores.Core;
using Strangler.Parity.Stores.Records;
using Strangler.Parity.Stores.Rules;

namespace Strangler.Parity.Stores;

/// <summary>
/// Compares the legacy stores with the new core's store for one cut-over unit and a span of Hong Kong days, on the
/// canonical form: each legacy store is read as the core would hold it (the migration's legacy readers), the core's store
/// as it holds it, the declared store rules leave out on both sides the fields a legacy store does not keep, then the
/// data-parity engine counts, checksums and bisects to the records, and every differing record is explained field by
/// field. Legacy records that cannot be mapped are listed, not dropped.
/// </summary>
public sealed class StoreParity(StoreRuleSet rules, DataParityOptions? options = null)
{
    private readonly DataParityOptions _options = options ?? new DataParityOptions();

    public Task<StoreParityResult> CompareAsync(
        IReadOnlyList<LegacyStore> legacyStores, CoreDatabase core, CutoverUnit? unit, DateOnly firstDay, DateOnly lastDay,
        CancellationToken cancellationToken = default) =>
        CompareAsync(legacyStores, core, unit, null, firstDay, lastDay, cancellationToken);

    /// <summary>
    /// As above, for the documents of one legacy interface only (<paramref name="source"/>: the legacy store of that
    /// interface against the core's documents whose first version came through it), as one backfill chunk wrote them.
    /// </summary>
    public async Task<StoreParityResult> CompareAsync(
        IReadOnlyList<LegacyStore> legacyStores, CoreDatabase core, CutoverUnit? unit, SourceInterface? source, DateOnly firstDay, DateOnly lastDay,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(legacyStores);
        ArgumentNullException.ThrowIfNull(core);
        if (lastDay < firstDay)
        {
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, "The last day is before the first.");
        }

        var started = Stopwatch.GetTimestamp();
        var mode = unit?.Mode();
        var selection = new LegacySelection(firstDay, lastDay, mode);
        var stores = source is null ? legacyStores : [.. legacyStores.Where(s => s.Reader.Interface == source)];
        var legacyRead = ReadLegacyAsync(stores, selection, cancellationToken);
        var coreRead = ReadCoreAsync(core, firstDay, lastDay, mode, source, cancellationToken);
        var (legacyRecords, quarantined) = await legacyRead;
        var coreRecords = await coreRead;

        var legacy = new CanonicalRecordSource(legacyRecords);
        var stored = new CanonicalRecordSource(coreRecords);
        var engine = await DataParity.CompareAsync(legacy, stored, KeyRange.Whole, _options, cancellationToken);
        var duplicates = ContentIndex(legacy);
        var differences = engine.Differences.Select(d => Explain(d, legacy, stored, duplicates)).ToList();
        return new StoreParityResult(unit, firstDay, lastDay, legacy.Count, stored.Count, differences, quarantined, engine,
            Stopwatch.GetElapsedTime(started));
    }

    private async Task<(List<CanonicalRecord> Records, List<QuarantinedRecord> Quarantined)> ReadLegacyAsync(
        IReadOnlyList<LegacyStore> stores, LegacySelection selection, CancellationToken cancellationToken)
    {
        var reads = stores.Select(store => Task.Run(async () =>
        {
            var records = new List<CanonicalRecord>();
            var quarantined = new List<QuarantinedRecord>();
            await using var connection = await store.OpenAsync(cancellationToken);
            await foreach (var read in store.Reader.ReadAsync(connection, selection, cancellationToken))
            {
                if (read.Quarantined is { } q)
                {
                    quarantined.Add(q);
                    continue;
                }

                var document = read.Document!;
                foreach (var version in document.Versions)
                {
                    var text = Encoding.UTF8.GetString(CanonicalForm.Of(version));
                    records.Add(new CanonicalRecord(RecordKeys.Of(document.Reference, version.Number), document.Kind, rules.Project(document.Kind, text)));
                }
            }

            return (records, quarantined);
        }, cancellationToken)).ToList();
        var all = await Task.WhenAll(reads);
        return ([.. all.SelectMany(r => r.records)], [.. all.SelectMany(r => r.quarantined)]);
    }

    private async Task<IReadOnlyList<CanonicalRecord>> ReadCoreAsync(
        CoreDatabase core, DateOnly firstDay, DateOnly lastDay, TransportMode? mode, SourceInterface? source, CancellationToken cancellationToken)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        return await CoreRecordReader.ReadAsync(connection, core.Provider, firstDay, lastDay, mode, source, rules, cancellationToken);
    }

    private static StoreDifference Explain(
        DataDifference difference, CanonicalRecordSource legacy, CanonicalRecordSource core, Dictionary<string, string> legacyByContent)
    {
        var (reference, version) = RecordKeys.Parse(difference.Key);
        var legacyRecord = legacy.Find(difference.Key).FirstOrDefault();
        var coreRecord = core.Find(difference.Key).FirstOrDefault();
        var kind = legacyRecord?.Kind ?? coreRecord?.Kind ?? "";
        var fields = difference.Kind == DataDifferenceKind.Differing
            ? FieldChanges(legacyRecord!.Canonical, coreRecord!.Canonical)
            : [];
        string? duplicateOf = null;
        if (difference.Kind == DataDifferenceKind.Extra && coreRecord is not null &&
            legacyByContent.TryGetValue(ContentKey(coreRecord), out var original) &&
            !string.Equals(original, difference.Key, StringComparison.Ordinal))
        {
            duplicateOf = original;
        }

        return new StoreDifference(difference.Key, reference, version, kind, difference.Kind, fields, duplicateOf);
    }

    /// <summary>Legacy records by their content without the reference, so a copy stored under another reference is recognised.</summary>
    private static Dictionary<string, string> ContentIndex(CanonicalRecordSource legacy)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in legacy.All)
        {
            index.TryAdd(ContentKey(record), record.Key);
        }

        return index;
    }

    private static string ContentKey(CanonicalRecord record) =>
        record.Kind + "\n" + string.Join('\n', Lines(record.Canonical).Where(l => l.Path != "issuedReference").Select(l => l.Line));

    internal static IReadOnlyList<FieldChange> FieldChanges(string legacy, string core)
    {
        var legacyFields = Fields(legacy);
        var coreFields = Fields(core);
        var changes = new List<FieldChange>();
        foreach (var (path, value) in legacyFields)
        {
            var coreValue = coreFields.GetValueOrDefault(path);
            if (!string.Equals(value, coreValue, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(path, value, coreValue));
            }
        }

        changes.AddRange(coreFields.Where(f => !legacyFields.ContainsKey(f.Key)).Select(f => new FieldChange(f.Key, null, f.Value)));
        return changes;
    }

    private static Dictionary<string, string> Fields(string canonical)
    {
        // Insertion order is the canonical order (Dictionary keeps it while nothing is removed).
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, line) in Lines(canonical))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            fields.TryAdd(path, equals < 0 ? FieldChange.NullValue : line[(equals + 1)..]);
        }

        return fields;
    }

    private static IEnumerable<(string Path, string Line)> Lines(string canonical)
    {
        foreach (var line in canonical.Split('\n'))
        {
            if (line.Length > 0)
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                yield return (equals < 0 ? line : line[..equals], line);
            }
        }
    }
}
