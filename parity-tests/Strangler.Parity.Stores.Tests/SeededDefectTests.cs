using System.Text;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Store.Database;
using Strangler.Parity.Data;
using Strangler.Parity.Stores.Rules;

namespace Strangler.Parity.Stores.Tests;

/// <summary>
/// Store parity across two databases (legacy stand-ins on SQLite, the new core on PostgreSQL) on a generated history
/// migrated through the legacy readers: equal stores are reconciled per unit and day; then defects are seeded into rows
/// of the new core's store, and every one is reported with the record and the field.
/// </summary>
[Collection(nameof(MigratedHistoryCollection))]
public sealed class SeededDefectTests(MigratedHistory history)
{
    private readonly StoreParity _parity = new(StoreRuleSet.Declared, new DataParityOptions { BisectionThreshold = 16, FanOut = 4 });

    [Fact]
    public async Task Every_unit_and_day_of_the_migrated_history_is_reconciled()
    {
        Assert.Equal(0, history.Totals.Unexpected);
        Assert.Equal(0, history.Quarantined);
        var compared = 0;
        foreach (var unit in Enum.GetValues<CutoverUnit>())
        {
            for (var day = MigratedHistory.FirstDay; day <= MigratedHistory.FirstDay.AddDays(1); day = day.AddDays(1))
            {
                var result = await _parity.CompareAsync(history.LegacyStores, history.Core, unit, day, day);
                Assert.True(result.Reconciled, $"{unit} {day}: " + string.Join("; ", result.Differences.Select(d => $"{d.Difference} {d.Key} " +
                    string.Join(", ", d.Fields.Select(f => $"{f.Path} legacy={f.Legacy} core={f.Core}")))));
                Assert.Equal(result.LegacyRecords, result.CoreRecords);
                compared += result.CoreRecords;
            }
        }

        Assert.True(compared >= history.Totals.Documents / 2, $"{compared} records compared for {history.Totals.Documents} documents");
    }

    [Fact]
    public async Task Six_defects_seeded_into_the_core_store_are_each_reported_with_record_and_field()
    {
        var (first, last) = (MigratedHistory.FirstDay, MigratedHistory.FirstDay.AddDays(1));
        var before = await _parity.CompareAsync(history.LegacyStores, history.Core, CutoverUnit.Sea, first, last);
        Assert.True(before.Reconciled);
        await using var connection = await history.Core.OpenAsync();
        var all = (await connection.QueryAsync<(string Reference, int Version, byte[] Canonical)>(
            "SELECT d.reference, v.version_no, v.canonical_form FROM core_document d JOIN core_document_version v ON v.document_id = d.id WHERE d.mode = 'Maritime' ORDER BY d.reference, v.version_no"))
            .Select(r => (r.Reference, r.Version, Text: Encoding.UTF8.GetString(r.Canonical)))
            .ToList();
        var versions = all.GroupBy(r => r.Reference).ToDictionary(g => g.Key, g => g.Count());

        // Originals only: a document belongs to the day of its first version, which the defects must not move.
        var rows = all.Where(r => r.Version == 1).ToList();
        var used = new HashSet<string>();
        (string Reference, int Version, string Text) Pick(Func<string, bool> fits)
        {
            var row = rows.First(r => !used.Contains(r.Reference) && fits(r.Text));
            used.Add(row.Reference);
            return row;
        }

        var charge = Pick(t => t.Contains("document.charges[0].amountHkd=", StringComparison.Ordinal));
        var items = Pick(t => Line(t, "document.items.count") is { } n && int.Parse(n) >= 2);
        var consignee = Pick(t => t.Contains("document.consignments[0].consignee.name=", StringComparison.Ordinal));
        var dated = Pick(t => Line(t, "document.documentDate") is { Length: > 0 });
        var missing = rows.First(r => !used.Contains(r.Reference) && versions[r.Reference] == 1);
        used.Add(missing.Reference);
        object missingRow = await connection.QuerySingleAsync(
            "SELECT v.* FROM core_document_version v JOIN core_document d ON d.id = v.document_id WHERE d.reference = @R", new { R = missing.Reference });
        var copied = Pick(_ => true);

        await EditAsync(connection, charge, t => Replace(t, "document.charges[0].amountHkd", v => (decimal.Parse(v) + 10m).ToString()));
        await EditAsync(connection, items, t => DropLastItem(t));
        await EditAsync(connection, consignee, t => Replace(t, "document.consignments[0].consignee.name", _ => "SOMEONE ELSE LTD"));
        await EditAsync(connection, dated, t => Replace(t, "document.documentDate", v => DateOnly.Parse(v).AddDays(1).ToString("yyyy-MM-dd")));
        await connection.ExecuteAsync(
            "DELETE FROM core_document_version WHERE document_id = (SELECT id FROM core_document WHERE reference = @R) AND version_no = @V",
            new { R = missing.Reference, V = missing.Version });
        var copy = copied.Reference + "X";
        await connection.ExecuteAsync("""
            INSERT INTO core_document (kind, reference, mode, source_interface, client_key, current_version, status, created_at)
            SELECT kind, @Copy, mode, source_interface, client_key, current_version, status, created_at FROM core_document WHERE reference = @R;
            INSERT INTO core_document_version (document_id, version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json)
            SELECT (SELECT id FROM core_document WHERE reference = @Copy), version_no, function, received_at, source_interface, client_key,
                   convert_to(replace(convert_from(canonical_form, 'UTF8'), 'issuedReference=' || @R, 'issuedReference=' || @Copy), 'UTF8'), checksum, document_json
            FROM core_document_version WHERE document_id = (SELECT id FROM core_document WHERE reference = @R);
            """, new { R = copied.Reference, Copy = copy });

        try
        {
            var after = await _parity.CompareAsync(history.LegacyStores, history.Core, CutoverUnit.Sea, first, last);

            Assert.False(after.Reconciled);
            var byKey = after.Differences.ToDictionary(d => d.Key);
            AssertField(byKey, charge, "document.charges[0].amountHkd");
            AssertField(byKey, consignee, "document.consignments[0].consignee.name");
            AssertField(byKey, dated, "document.documentDate");
            var dropped = byKey[Key(items)];
            Assert.Equal(DataDifferenceKind.Differing, dropped.Difference);
            Assert.Contains(dropped.Fields, f => f.Path == "document.items.count");
            Assert.Equal(DataDifferenceKind.Missing, byKey[Key(missing)].Difference);
            var extra = after.Differences.Where(d => d.Reference == copy).ToList();
            Assert.NotEmpty(extra);
            Assert.All(extra, d => Assert.Equal((DataDifferenceKind.Extra, Key(copied.Reference, d.Version)), (d.Difference, d.DuplicateOf)));
            Assert.Equal(5 + extra.Count, after.Differences.Count);
        }
        finally
        {
            await RestoreAsync(connection, [charge, items, consignee, dated], missingRow, copy);
        }

        Assert.True((await _parity.CompareAsync(history.LegacyStores, history.Core, CutoverUnit.Sea, first, last)).Reconciled);
    }

    private static void AssertField(Dictionary<string, StoreDifference> byKey, (string Reference, int Version, string Text) row, string path)
    {
        var difference = byKey[Key(row)];
        Assert.Equal(DataDifferenceKind.Differing, difference.Difference);
        var field = Assert.Single(difference.Fields);
        Assert.Equal((path, Line(row.Text, path)), (field.Path, field.Legacy));
        Assert.NotEqual(field.Legacy, field.Core);
    }

    private static string Key((string Reference, int Version, string Text) row) => Key(row.Reference, row.Version);

    private static string Key(string reference, int version) => Records.RecordKeys.Of(reference, version);

    private static string? Line(string text, string path) =>
        text.Split('\n').FirstOrDefault(l => l.StartsWith(path + "=", StringComparison.Ordinal))?[(path.Length + 1)..];

    private static string Replace(string text, string path, Func<string, string> change) =>
        string.Join('\n', text.Split('\n').Select(l => l.StartsWith(path + "=", StringComparison.Ordinal) ? path + "=" + change(l[(path.Length + 1)..]) : l));

    private static string DropLastItem(string text)
    {
        var count = int.Parse(Line(text, "document.items.count")!);
        var last = $"document.items[{count - 1}]";
        return string.Join('\n', text.Split('\n')
            .Where(l => !l.StartsWith(last, StringComparison.Ordinal))
            .Select(l => l.StartsWith("document.items.count=", StringComparison.Ordinal) ? $"document.items.count={count - 1}" : l));
    }

    private static Task EditAsync(System.Data.Common.DbConnection connection, (string Reference, int Version, string Text) row, Func<string, string> edit) =>
        connection.ExecuteAsync(
            "UPDATE core_document_version SET canonical_form = @Form WHERE document_id = (SELECT id FROM core_document WHERE reference = @R) AND version_no = @V",
            new { Form = Encoding.UTF8.GetBytes(edit(row.Text)), R = row.Reference, V = row.Version });

    private static async Task RestoreAsync(
        System.Data.Common.DbConnection connection, IEnumerable<(string Reference, int Version, string Text)> edited, object missing, string copy)
    {
        foreach (var row in edited)
        {
            await EditAsync(connection, row, _ => row.Text);
        }

        await connection.ExecuteAsync("""
            INSERT INTO core_document_version (document_id, version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json)
            VALUES (@document_id, @version_no, @function, @received_at, @source_interface, @client_key, @canonical_form, @checksum, @document_json)
            """, new DynamicParameters(missing));
        await connection.ExecuteAsync("""
            DELETE FROM core_document_version WHERE document_id = (SELECT id FROM core_document WHERE reference = @Copy);
            DELETE FROM core_document WHERE reference = @Copy;
            """, new { Copy = copy });
    }
}

[CollectionDefinition(nameof(MigratedHistoryCollection))]
public sealed class MigratedHistoryCollection : ICollectionFixture<MigratedHistory>;
