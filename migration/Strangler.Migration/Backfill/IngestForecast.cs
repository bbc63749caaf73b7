using System.Data.Common;
using System.Globalization;
using Dapper;
using Strangler.Core.Ingest;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Backfill;

/// <summary>
/// What an ingest of some versions will do, worked out from the store just before it (<see cref="BulkIngest"/> tells
/// only after its commit, and the checkpoint must be written inside it): versions not stored yet are inserted, those
/// stored with the same checksum skipped, those stored with another checksum (or repeated in the batch with another)
/// conflicts. A concurrent ingest of the same versions between the look and the write makes the counts differ from the
/// ingest's own; the rows are right either way.
/// </summary>
internal sealed record IngestForecast(int Inserted, int Skipped, IReadOnlyList<IngestConflict> Conflicts)
{
    // Well under SQLite's parameter limit, small enough for any provider's statement size.
    private const int ReferencesPerQuery = 500;

    public static async Task<IngestForecast> OfAsync(DbConnection connection, IReadOnlyList<DocumentVersion> versions, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string, int), string>();
        foreach (var references in versions.Select(v => v.IssuedReference!).Distinct(StringComparer.Ordinal).Chunk(ReferencesPerQuery))
        {
            // Parameters named one by one: Dapper would pass a list to Npgsql as one array, which IN does not take.
            var parameters = new DynamicParameters();
            for (var i = 0; i < references.Length; i++)
            {
                parameters.Add("r" + i.ToString(CultureInfo.InvariantCulture), references[i]);
            }

            var rows = await connection.QueryAsync<StoredChecksum>(new CommandDefinition(
                $"""
                SELECT d.reference AS Reference, v.version_no AS Number, v.checksum AS Checksum
                  FROM core_document d JOIN core_document_version v ON v.document_id = d.id
                 WHERE d.reference IN ({string.Join(", ", references.Select((_, i) => "@r" + i.ToString(CultureInfo.InvariantCulture)))})
                """,
                parameters,
                cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                stored[(row.Reference, row.Number)] = row.Checksum;
            }
        }

        int inserted = 0, skipped = 0;
        var conflicts = new List<IngestConflict>();
        var seen = new Dictionary<(string, int), string>();
        foreach (var version in versions)
        {
            var key = (version.IssuedReference!, version.Number);
            var checksum = CanonicalForm.Checksum(version);
            if (seen.TryGetValue(key, out var earlier))
            {
                if (earlier == checksum)
                {
                    skipped++;
                }
                else
                {
                    conflicts.Add(new IngestConflict(key.Item1, key.Number));
                }

                continue;
            }

            seen.Add(key, checksum);
            if (!stored.TryGetValue(key, out var storedChecksum))
            {
                inserted++;
            }
            else if (storedChecksum == checksum)
            {
                skipped++;
            }
            else
            {
                conflicts.Add(new IngestConflict(key.Item1, key.Number));
            }
        }

        return new IngestForecast(inserted, skipped, conflicts);
    }

#pragma warning disable CA1812 // instantiated by Dapper
    private sealed class StoredChecksum
    {
        public string Reference { get; set; } = "";

        public int Number { get; set; }

        public string Checksum { get; set; } = "";
    }
#pragma warning restore CA1812
}
